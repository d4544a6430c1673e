// Everything the card and the panel look like. It lives inside the shadow root: the page's CSS cannot reach in
// (its `.fd-card` or `div { all: unset }` rules match nothing here) and nothing here leaks out. `:host` resets
// what the host element would otherwise inherit from the page (fonts, colours, line height).
export const OVERLAY_CSS = `
:host{all:initial!important;display:contents!important}
*{box-sizing:border-box}
.panel,.fd-card{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;text-align:start}
a{color:#1d4ed8;text-decoration:underline}
a:focus-visible,button:focus-visible,summary:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
.muted{color:#4b5563}
.pill{display:inline-block;border-radius:999px;padding:2px 10px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.02em}
.panel{position:fixed;z-index:2147483646;inset-inline-end:16px;bottom:16px;max-width:min(24rem,calc(100vw - 32px));max-height:60vh;overflow:auto;background:#fff;border:1px solid #d1d5db;border-radius:12px;box-shadow:0 8px 24px rgba(0,0,0,.15);padding:10px 14px;font-size:14px}
.panel summary{cursor:pointer;font-weight:600}
.panel ul{list-style:none;margin:8px 0 0;padding:0}
.panel li{margin:6px 0}
.panel li button{all:unset;cursor:pointer;display:block;width:100%;padding:6px 8px;border-radius:8px;border:1px solid #e5e7eb}
.panel li button:hover{background:#f9fafb}
.panel li button:focus-visible{outline:2px solid #1d4ed8}
.panel .quote{display:block;margin-top:4px}
.panel p{margin:8px 0 0}
.backdrop{position:fixed;inset:0;z-index:2147483646;background:rgba(17,24,39,.45)}
.fd-card{position:fixed;z-index:2147483647;left:50%;top:50%;transform:translate(-50%,-50%);width:min(40rem,calc(100vw - 32px));max-height:85vh;overflow:auto;background:#fff;border-radius:16px;box-shadow:0 24px 48px rgba(0,0,0,.3);padding:24px}
.fd-card:focus{outline:none}
.head{display:flex;justify-content:space-between;align-items:flex-start;gap:16px}
.close{all:unset;cursor:pointer;border-radius:6px;padding:4px 8px;font-size:18px;line-height:1;color:#4b5563}
.close:hover{background:#f3f4f6}
.close:focus-visible{outline:2px solid #1d4ed8}
h2{font:600 20px/1.35 Georgia,"Times New Roman",serif;margin:16px 0 4px}
h3{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:#4b5563;margin:20px 0 4px}
p{margin:8px 0}
.why p{margin:0 0 8px}
ul{padding:0;margin:0}
.citation{list-style:none;border:1px solid #e5e7eb;border-radius:8px;padding:10px 12px;margin-top:8px;font-size:14px}
.citation p{margin:4px 0 0}
.kind{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:#4b5563}
blockquote{margin:4px 0 0;padding-inline-start:10px;border-inline-start:2px solid #d1d5db;font-style:italic}
.foot{margin-top:20px;padding-top:12px;border-top:1px solid #e5e7eb;font-size:14px}
[hidden]{display:none!important}
@media (max-width:600px){.fd-card{left:0;right:0;bottom:0;top:auto;transform:none;width:100%;max-height:85vh;border-radius:16px 16px 0 0}}
@media (prefers-reduced-motion:no-preference){.fd-card{animation:fd-in .16s ease-out}.backdrop{animation:fd-fade .16s ease-out}}
@keyframes fd-in{from{opacity:0}to{opacity:1}}
@keyframes fd-fade{from{opacity:0}to{opacity:1}}
`;
