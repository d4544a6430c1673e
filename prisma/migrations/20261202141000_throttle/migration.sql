-- Throttling generic over the action (issue 13, finding 5).
-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "action" TEXT NOT NULL DEFAULT 'sign-in';

-- CreateIndex
CREATE INDEX "SignInAttempt_action_email_ip_createdAt_idx" ON "SignInAttempt"("action", "email", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_action_ip_createdAt_idx" ON "SignInAttempt"("action", "ip", "createdAt");

