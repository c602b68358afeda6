-- The register of roles (SPEC rule V6): the elected person's id beside the role and term, as
-- drizzle/0008_roles_register.sql on SQLite.
ALTER TABLE "register_clauses" ADD COLUMN "person_id" text;
