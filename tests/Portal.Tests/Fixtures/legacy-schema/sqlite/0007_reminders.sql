-- Reminders: each person's choice per reminder type, and the reminders waiting for a daily digest.
-- Quartz.NET's own tables (QRTZ_*) are created by the scheduler itself (ProvisionSchema) in this same database.

CREATE TABLE "ReminderPreferences" (
    "UserId" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Delivery" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "PK_ReminderPreferences" PRIMARY KEY ("UserId", "Type")
);

CREATE TABLE "DigestItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DigestItems" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DigestedAtUtc" TEXT NULL
);

CREATE UNIQUE INDEX "IX_DigestItems_IdempotencyKey" ON "DigestItems" ("IdempotencyKey");

CREATE INDEX "IX_DigestItems_UserId_DigestedAtUtc" ON "DigestItems" ("UserId", "DigestedAtUtc");
