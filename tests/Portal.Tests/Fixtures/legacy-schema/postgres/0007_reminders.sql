-- Reminders: each person's choice per reminder type, and the reminders waiting for a daily digest.
-- Quartz.NET's own tables (qrtz_*) are created by the scheduler itself (ProvisionSchema) in this same database.

CREATE TABLE "ReminderPreferences" (
    "UserId" uuid NOT NULL,
    "Type" integer NOT NULL,
    "Delivery" integer NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ReminderPreferences" PRIMARY KEY ("UserId", "Type")
);

CREATE TABLE "DigestItems" (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Type" integer NOT NULL,
    "IdempotencyKey" character varying(200) NOT NULL,
    "Summary" character varying(500) NOT NULL,
    "Link" character varying(500) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "DigestedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_DigestItems" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_DigestItems_IdempotencyKey" ON "DigestItems" ("IdempotencyKey");

CREATE INDEX "IX_DigestItems_UserId_DigestedAtUtc" ON "DigestItems" ("UserId", "DigestedAtUtc");
