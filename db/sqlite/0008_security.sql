-- 0008 security: the last accepted authenticator time step per person (a TOTP code works once, RFC 6238 section 5.2),
-- an organization's "owners and HR staff must use two-factor sign-in", and the client address of each audit row.
-- Security events (sign-ins, lockouts, sign-outs, two-factor and password changes) are audit rows of entity type
-- "Security" whose action names the event; on SQLite the action column's length needs no change.

ALTER TABLE "AspNetUsers" ADD COLUMN "LastAuthenticatorTimeStep" INTEGER NULL;

ALTER TABLE "Organizations" ADD COLUMN "RequireTwoFactor" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AuditEntries" ADD COLUMN "ClientAddress" TEXT NULL;
