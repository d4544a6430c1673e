import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, isPublicPath } from "@/lib/auth/config";
import { outageResponseFor } from "@/lib/http/database-outage";

const { auth } = NextAuth(authConfig);

// Convenience only: sends anonymous visitors to sign-in. Every page, action and route checks access itself.
export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const outage = outageResponseFor(req, pathname); // a clear 503 at once while the database is away
  if (outage) return outage;
  if (pathname.length > 1 && pathname.endsWith("/") && !pathname.startsWith("/api/annotations/")) {
    return NextResponse.redirect(new URL((pathname.replace(/\/+$/, "") || "/") + search, req.nextUrl), 308);
  }
  if (req.auth?.user || isPublicPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "UNAUTHENTICATED", message: "Sign in first." }, { status: 401 });
  const url = new URL("/signin", req.nextUrl);
  url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
