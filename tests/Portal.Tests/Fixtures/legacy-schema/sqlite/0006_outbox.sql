-- The email outbox: every email is a row before it is sent.

CREATE TABLE "OutboxEmails" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxEmails" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAtUtc" TEXT NOT NULL,
    "LeasedUntilUtc" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SentAtUtc" TEXT NULL
);

CREATE INDEX "IX_OutboxEmails_CreatedAtUtc" ON "OutboxEmails" ("CreatedAtUtc");

CREATE UNIQUE INDEX "IX_OutboxEmails_IdempotencyKey" ON "OutboxEmails" ("IdempotencyKey");

CREATE INDEX "IX_OutboxEmails_Status_NextAttemptAtUtc" ON "OutboxEmails" ("Status", "NextAttemptAtUtc");

