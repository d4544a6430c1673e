-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "emailDigest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "membershipId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("membershipId","day")
);

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
