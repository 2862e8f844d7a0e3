-- The email outbox: every email is a row before it is sent.

CREATE TABLE "OutboxEmails" (
    "Id" uuid NOT NULL,
    "IdempotencyKey" character varying(200) NOT NULL,
    "Type" character varying(100) NOT NULL,
    "Recipient" character varying(320) NOT NULL,
    "Culture" character varying(10) NOT NULL,
    "Subject" character varying(300) NOT NULL,
    "HtmlBody" text NOT NULL,
    "TextBody" text NOT NULL,
    "Status" character varying(10) NOT NULL,
    "Attempts" integer NOT NULL,
    "NextAttemptAtUtc" timestamp with time zone NOT NULL,
    "LeasedUntilUtc" timestamp with time zone,
    "LeaseOwner" character varying(200),
    "LastError" character varying(1000),
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "SentAtUtc" timestamp with time zone,
    CONSTRAINT "PK_OutboxEmails" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_OutboxEmails_CreatedAtUtc" ON "OutboxEmails" ("CreatedAtUtc");

CREATE UNIQUE INDEX "IX_OutboxEmails_IdempotencyKey" ON "OutboxEmails" ("IdempotencyKey");

CREATE INDEX "IX_OutboxEmails_Status_NextAttemptAtUtc" ON "OutboxEmails" ("Status", "NextAttemptAtUtc");

