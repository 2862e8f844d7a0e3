-- 0008 security: the last accepted authenticator time step per person (a TOTP code works once, RFC 6238 section 5.2),
-- an organization's "owners and HR staff must use two-factor sign-in", and the client address of each audit row.
-- Security events (sign-ins, lockouts, sign-outs, two-factor and password changes) are audit rows of entity type
-- "Security" whose action names the event ("TwoFactorDisabled" and the like): the action column grows from 10 to 30
-- characters. Widening a varchar rewrites no row, so the append-only trigger is not involved.

ALTER TABLE "AspNetUsers" ADD "LastAuthenticatorTimeStep" bigint;

ALTER TABLE "Organizations" ADD "RequireTwoFactor" boolean NOT NULL DEFAULT FALSE;

ALTER TABLE "AuditEntries" ADD "ClientAddress" character varying(64);

ALTER TABLE "AuditEntries" ALTER COLUMN "Action" TYPE character varying(30);
