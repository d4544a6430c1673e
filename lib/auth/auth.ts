import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { checkCredentials, clientAddress, signInSchema } from "./credentials";

export class SignInRefused extends CredentialsSignin {
  constructor(code: string, readonly userMessage: string) {
    super(userMessage);
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid_input", parsed.error.issues[0].message);
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason, result.message);
        return result.user;
      },
    }),
  ],
});
