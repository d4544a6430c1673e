-- AlterTable: the publisher domains where an organization's embed may show its checks (none until an admin adds them)
ALTER TABLE "Organization" ADD COLUMN "embedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];
