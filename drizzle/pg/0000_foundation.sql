CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"item_id" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"organisation" text NOT NULL,
	"organisation_lines" text NOT NULL,
	"member_organisations" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_aliases" (
	"id" text PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"alias" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carried_items" (
	"from_meeting_id" text NOT NULL,
	"from_item_id" text NOT NULL,
	"to_body_id" text NOT NULL,
	"to_meeting_id" text NOT NULL,
	CONSTRAINT "carried_items_from_meeting_id_from_item_id_to_body_id_pk" PRIMARY KEY("from_meeting_id","from_item_id","to_body_id")
);
--> statement-breakpoint
CREATE TABLE "check_acknowledgements" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"snapshot_id" text NOT NULL,
	"user_id" text NOT NULL,
	"rules" text NOT NULL,
	"findings" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_id_owners" (
	"meeting_id" text NOT NULL,
	"client_id" bigint NOT NULL,
	"user_id" text,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "client_id_owners_meeting_id_client_id_pk" PRIMARY KEY("meeting_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "doc_states" (
	"meeting_id" text PRIMARY KEY NOT NULL,
	"state" "bytea" NOT NULL,
	"up_to_seq" integer NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doc_updates" (
	"seq" serial PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"update" "bytea" NOT NULL,
	"user_id" text,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_sources" (
	"meeting_id" text PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"approved" boolean NOT NULL,
	"finding_count" integer NOT NULL,
	"imported_by" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"meeting_id" text NOT NULL,
	"item_id" text NOT NULL,
	"invited_by" text NOT NULL,
	"expires_at" text NOT NULL,
	"used_at" text,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_presenters" (
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "meeting_presenters_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"start_time" text DEFAULT '09.00' NOT NULL,
	"end_time" text DEFAULT '12.00' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"mode" text DEFAULT 'room' NOT NULL,
	"registry_number" text DEFAULT '' NOT NULL,
	"phase" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"body_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"deputy" boolean DEFAULT false NOT NULL,
	"acting" boolean DEFAULT false NOT NULL,
	CONSTRAINT "memberships_body_id_user_id_pk" PRIMARY KEY("body_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "register_clauses" (
	"meeting_id" text NOT NULL,
	"body_id" text NOT NULL,
	"item_id" text NOT NULL,
	"item_number" text NOT NULL,
	"item_title" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"text" text NOT NULL,
	"target" text,
	"due" text,
	"term_from" text,
	"term_to" text,
	"role" text,
	CONSTRAINT "register_clauses_meeting_id_item_id_position_pk" PRIMARY KEY("meeting_id","item_id","position")
);
--> statement-breakpoint
CREATE TABLE "sealed_files" (
	"meeting_id" text NOT NULL,
	"format" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "sealed_files_meeting_id_format_pk" PRIMARY KEY("meeting_id","format")
);
--> statement-breakpoint
CREATE TABLE "seals" (
	"meeting_id" text PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"snapshot_id" text NOT NULL,
	"sha256" text NOT NULL,
	"previous_sha256" text,
	"locked_at" text NOT NULL,
	"approved_at" text NOT NULL,
	"approved_by_meeting_id" text NOT NULL,
	"addendum" text
);
--> statement-breakpoint
CREATE TABLE "search_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"item_id" text,
	"item_number" text DEFAULT '' NOT NULL,
	"item_title" text DEFAULT '' NOT NULL,
	"public" boolean NOT NULL,
	"carried_from_meeting_id" text,
	"carried_from_item_id" text
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "snapshots" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"label" text NOT NULL,
	"phase" text NOT NULL,
	"state" "bytea" NOT NULL,
	"state_vector" "bytea" NOT NULL,
	"circulated" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "storage_probe" (
	"id" integer PRIMARY KEY NOT NULL,
	"padding" "bytea"
);
--> statement-breakpoint
CREATE TABLE "task_follow_ups" (
	"meeting_id" text NOT NULL,
	"item_id" text NOT NULL,
	"position" integer NOT NULL,
	"done_at" text NOT NULL,
	"done_by" text NOT NULL,
	CONSTRAINT "task_follow_ups_meeting_id_item_id_position_pk" PRIMARY KEY("meeting_id","item_id","position")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "vacant_seats" (
	"id" text PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"created_at" text DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_aliases" ADD CONSTRAINT "body_aliases_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_acknowledgements" ADD CONSTRAINT "check_acknowledgements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_acknowledgements" ADD CONSTRAINT "check_acknowledgements_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_sources" ADD CONSTRAINT "import_sources_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_sources" ADD CONSTRAINT "import_sources_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_presenters" ADD CONSTRAINT "meeting_presenters_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sealed_files" ADD CONSTRAINT "sealed_files_meeting_id_seals_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."seals"("meeting_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seals" ADD CONSTRAINT "seals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seals" ADD CONSTRAINT "seals_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacant_seats" ADD CONSTRAINT "vacant_seats_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "body_aliases_body_alias_idx" ON "body_aliases" USING btree ("body_id","alias");--> statement-breakpoint
CREATE INDEX "check_acknowledgements_meeting_idx" ON "check_acknowledgements" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "doc_updates_meeting_idx" ON "doc_updates" USING btree ("meeting_id","seq");--> statement-breakpoint
CREATE INDEX "import_sources_body_idx" ON "import_sources" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "meetings_body_idx" ON "meetings" USING btree ("body_id","date");--> statement-breakpoint
CREATE INDEX "register_clauses_body_idx" ON "register_clauses" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "seals_body_idx" ON "seals" USING btree ("body_id","locked_at");--> statement-breakpoint
CREATE INDEX "search_rows_meeting_idx" ON "search_rows" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "snapshots_meeting_idx" ON "snapshots" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "vacant_seats_body_idx" ON "vacant_seats" USING btree ("body_id");