// Hostile input for the XSS proof (issue 8): unit tests run every payload through each sanitizing function, and
// e2e/xss.spec.ts types them into every field and pastes them as article HTML. Every payload that would run calls
// one sentinel, `__xss(n);alert(n)` with n its id, so a test that defines `window.__xss` and listens for dialogs
// sees any execution. Written for this project, one per trick; grouped by the kind of trick.

export type XssPayloadKind =
  | "script-tag"
  | "event-handler"
  | "url-scheme"
  | "svg-mathml"
  | "embedding-element"
  | "css"
  | "broken-markup"
  | "attribute-breakout"
  | "context-breakout"
  | "markdown";

export type XssPayload = { id: number; kind: XssPayloadKind; text: string };

/** What a payload runs when it executes: the sentinel, then an alert (the second signal of the test). */
export const sentinelCall = (n: number) => `__xss(${n});alert(${n})`;

type Template = (run: string) => string;

// base64 of an HTML document that runs the sentinel (btoa exists in Node and in browsers)
const base64Page = (run: string) => btoa(`<script>${run}</script>`);
// the call with every character as a decimal HTML entity, for attributes whose value is decoded before use
const entityEncoded = (text: string) => [...text].map((char) => `&#${char.charCodeAt(0)};`).join("");

const TEMPLATES: Record<XssPayloadKind, Template[]> = {
  "script-tag": [
    (r) => `<script>${r}</script>`,
    (r) => `<SCRIPT>${r}</SCRIPT>`,
    (r) => `<ScRiPt defer>${r}</sCrIpT>`,
    (r) => `<script type="module">${r}</script>`,
    (r) => `<script/any>${r}</script>`,
    (r) => `<script\n>${r}</script\n>`,
    (r) => `<scr<script>ipt>${r}</scr</script>ipt>`,
    (r) => `<<script>${r}//<</script>`,
    (r) => `<script>${r}</script`,
    (r) => `<script src="data:text/javascript,${encodeURIComponent(r)}"></script>`,
    (r) => `<script>/* </script> */${r}</script>`,
    (r) => `<script type="text/javascript">document.title;${r}</script>after`,
  ],
  "event-handler": [
    (r) => `<img src=x onerror=${r}>`,
    (r) => `<IMG SRC="x" ONERROR="${r}">`,
    (r) => `<img/src=x/onerror=${r}>`,
    (r) => `<img src=x onerror\n=${r}>`,
    (r) => `<img src=x onerror="${entityEncoded(r)}">`,
    (r) => `<svg onload=${r}>`,
    (r) => `<body onload=${r}>`,
    (r) => `<input autofocus onfocus=${r}>`,
    (r) => `<details open ontoggle=${r}>open</details>`,
    (r) => `<video><source onerror=${r}></video>`,
    (r) => `<audio src=x onerror=${r}></audio>`,
    (r) => `<p onmouseover=${r}>hover me</p>`,
    (r) => `<a href="https://example.org/" onclick="${r}">a safe link with a handler</a>`,
    (r) => `<marquee onstart=${r}>moving</marquee>`,
    (r) => `<b style="animation:spin 1s" onanimationstart=${r}>bold</b>`,
    (r) => `<select autofocus onfocus=${r}></select>`,
    (r) => `<iframe onload=${r}></iframe>`,
    (r) => `<em onpointerenter='${r}'>pointer</em>`,
  ],
  "url-scheme": [
    (r) => `<a href="javascript:${r}">plain javascript link</a>`,
    (r) => `<a href="JaVaScRiPt:${r}">mixed case</a>`,
    (r) => `<a href="  javascript:${r}">leading spaces</a>`,
    (r) => `<a href="java\tscript:${r}">tab inside</a>`,
    (r) => `<a href="java&#x0A;script:${r}">newline entity</a>`,
    (r) => `<a href="jav&Tab;ascript:${r}">named tab entity</a>`,
    (r) => `<a href="&#x01;javascript:${r}">control character first</a>`,
    (r) => `<a href="${entityEncoded("javascript:")}${r}">decimal entities</a>`,
    (r) => `<a href="&#x6a;&#x61;&#x76;&#x61;script&colon;${r}">hex entities and colon</a>`,
    (r) => `<a href="javascript:${encodeURIComponent(r)}">percent-encoded body</a>`,
    (r) => `<a href="javascript://example.org/%0A${r}">comment then newline</a>`,
    (r) => `<a href="vbscript:${r}">vbscript</a>`,
    (r) => `<a href="VbScRiPt:${r}">vbscript mixed case</a>`,
    (r) => `<a href="data:text/html,<script>${r}</script>">data html</a>`,
    (r) => `<a href="data:text/html;base64,${base64Page(r)}">data base64</a>`,
    (r) => `<a href="DaTa:text/html,%3Cscript%3E${encodeURIComponent(r)}%3C/script%3E">data mixed case</a>`,
    (r) => `<a href="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${r}'/>">data svg</a>`,
    (r) => `<img src="javascript:${r}">`,
    (r) => `<a href="https://example.org/" xlink:href="javascript:${r}">xlink on html</a>`,
  ],
  "svg-mathml": [
    (r) => `<svg><script>${r}</script></svg>`,
    (r) => `<svg/onload=${r}>`,
    (r) => `<svg><a xlink:href="javascript:${r}"><text y="20">svg link</text></a></svg>`,
    (r) => `<svg><animate onbegin=${r} attributeName=x dur=1s></animate></svg>`,
    (r) => `<svg><a><set attributeName="href" to="javascript:${r}"/><text y="20">set</text></a></svg>`,
    (r) => `<svg><foreignObject><img src=x onerror=${r}></foreignObject></svg>`,
    (r) => `<svg><image href=x onerror=${r} /></svg>`,
    (r) => `<svg><style><img src=x onerror=${r}></style></svg>`,
    (r) => `<math><mtext><table><mglyph><style><img src=x onerror=${r}>`,
    (r) => `<math href="javascript:${r}">math link</math>`,
    (r) => `<math><maction actiontype="statusline" xlink:href="javascript:${r}">maction</maction></math>`,
    (r) =>
      `<svg><use href="data:image/svg+xml;base64,${btoa(`<svg id="u" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${r}"/></svg>`)}#u"/></svg>`,
  ],
  "embedding-element": [
    (r) => `<iframe src="javascript:${r}"></iframe>`,
    (r) => `<iframe src="data:text/html,<script>${r}</script>"></iframe>`,
    (r) => `<iframe srcdoc="<script>${r}</script>"></iframe>`,
    (r) => `<iframe srcdoc="&lt;img src=x onerror=${r}&gt;"></iframe>`,
    (r) => `<object data="javascript:${r}"></object>`,
    (r) => `<object data="data:text/html;base64,${base64Page(r)}"></object>`,
    (r) => `<embed src="javascript:${r}">`,
    (r) => `<embed src="data:text/html,<script>${r}</script>">`,
    (r) => `<base href="javascript:${r}//">`,
    (r) => `<meta http-equiv="refresh" content="0;url=javascript:${r}">`,
    (r) => `<form action="javascript:${r}"><input type=submit value=go></form>`,
    (r) => `<form><button formaction="javascript:${r}">go</button></form>`,
    (r) => `<isindex action=javascript:${r} type=submit>`,
    (r) => `<frameset onload=${r}><frame src="javascript:${r}"></frameset>`,
  ],
  css: [
    (r) => `<style>@import 'javascript:${r}';</style>`,
    (r) => `<p style="background:url('javascript:${r}')">css url</p>`,
    (r) => `<div style="width:expression(${r})">css expression</div>`,
    (r) => `<p style="x:expr/**/ession(${r})">split expression</p>`,
    (r) => `<style>p{background-image:url("data:image/svg+xml,<svg onload='${r}'>")}</style>`,
    (r) => `<link rel="stylesheet" href="javascript:${r}">`,
    (r) => `<style>@keyframes spin{}</style><i style="animation-name:spin" onanimationend=${r}>spin</i>`,
    (r) => `<div style="behavior:url(#default#time2)" onbegin=${r}>behavior</div>`,
  ],
  "broken-markup": [
    (r) => `<img src=x onerror=${r}//`,
    (r) => `<!--><img src=x onerror=${r}>-->`,
    (r) => `<!-- --!><img src=x onerror=${r}> -->`,
    (r) => `<![CDATA[><img src=x onerror=${r}>]]>`,
    (r) => `<p title="<!--"><img src=x onerror=${r}>-->`,
    (r) => `<noscript><p title="</noscript><img src=x onerror=${r}>"></noscript>`,
    (r) => `</p><img src=x onerror=${r}><p>`,
    (r) => `<a href="https://example.org/"<img src=x onerror=${r}>>broken link</a>`,
    (r) => `<img """><script>${r}</script>">`,
    (r) => "<img src=`x`onerror=" + r + ">",
    (r) => `<table><td><img src=x onerror=${r}></td></table>`,
    (r) => `<p>unclosed <b><i><img src=x onerror=${r}`,
    (r) => `<?xml version="1.0"?><img src=x onerror=${r}>`,
    (r) => `<div<img src=x onerror=${r}>`,
  ],
  "attribute-breakout": [
    (r) => `"><img src=x onerror=${r}>`,
    (r) => `'><img src=x onerror=${r}>`,
    (r) => `" onmouseover="${r}" x="`,
    (r) => `' onfocus='${r}' autofocus x='`,
    (r) => `" autofocus onfocus="${r}`,
    (r) => `x" /><svg onload=${r}>`,
    (r) => "`><img src=x onerror=" + r + ">",
    (r) => `"/><script>${r}</script>`,
    (r) => `&quot;&gt;&lt;img src=x onerror=${r}&gt;`,
    (r) => `\\"><img src=x onerror=${r}>`,
  ],
  "context-breakout": [
    (r) => `</script><script>${r}</script>`,
    (r) => `</SCRIPT ><img src=x onerror=${r}>`,
    (r) => `</script\t><img src=x onerror=${r}>`,
    (r) => `</textarea><img src=x onerror=${r}>`,
    (r) => `</title><img src=x onerror=${r}>`,
    (r) => `</style><img src=x onerror=${r}>`,
    (r) => `</noscript><img src=x onerror=${r}>`,
    (r) => `<!--</script><img src=x onerror=${r}>-->`,
    (r) => `\u2028</script><script>${r}</script>\u2029`,
    (r) => `</template><img src=x onerror=${r}>`,
    (r) => `</iframe><img src=x onerror=${r}>`,
    (r) => `]]></x><img src=x onerror=${r}>`,
  ],
  markdown: [
    (r) => `[markdown link](javascript:${r})`,
    (r) => `[upper case scheme](JAVASCRIPT:${r})`,
    (r) => `[angle destination](<javascript:${r}>)`,
    (r) => `[entity in scheme](javas&#99;ript:${r})`,
    (r) => `[with a title](javascript:${r} "title")`,
    (r) => `[data link](data:text/html;base64,${base64Page(r)})`,
    (r) => `[vbscript link](vbscript:${r})`,
    (r) => `![image](javascript:${r})`,
    (r) => `![image](x" onerror="${r})`,
    (r) => `[quote breakout](https://example.org/"onmouseover="${r}")`,
    (r) => `<javascript:${r}>`,
    (r) => `[reference link][evil]\n\n[evil]: javascript:${r}`,
    (r) => `**<img src=x onerror=${r}>**`,
    (r) => `<a href="javascript:${r}">raw html in markdown</a>`,
    (r) => `\`<script>${r}</script>\` as code`,
  ],
};

const KIND_ORDER = Object.keys(TEMPLATES) as XssPayloadKind[];

/** Every payload, numbered from 1 in a stable order, each running `run(its number)` if it ever executes. */
export function buildPayloads(run: (n: number) => string): XssPayload[] {
  return KIND_ORDER.flatMap((kind) => TEMPLATES[kind].map((template) => ({ kind, template }))).map(
    ({ kind, template }, index) => ({ id: index + 1, kind, text: template(run(index + 1)) }),
  );
}

/** The payloads with the sentinel call; the number is what the sentinel reports. */
export const XSS_PAYLOADS: readonly XssPayload[] = buildPayloads(sentinelCall);

export function countPayloadsByKind(payloads: readonly XssPayload[] = XSS_PAYLOADS): Record<XssPayloadKind, number> {
  const counts = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<XssPayloadKind, number>;
  for (const payload of payloads) counts[payload.kind] += 1;
  return counts;
}
