-- A large article text travels to the database in pieces (issue 14): each piece is its own short statement, and the
-- version's text is put together from them inside the database (lib/articles/large-text.ts).
-- CreateTable
CREATE TABLE "TextPiece" (
    "uploadId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TextPiece_pkey" PRIMARY KEY ("uploadId","position")
);

-- CreateIndex
CREATE INDEX "TextPiece_createdAt_idx" ON "TextPiece"("createdAt");
