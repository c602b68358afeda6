/**
 * Every error the API can answer with: a stable id (clients and tests rely on it), the HTTP
 * status, and the message in Swedish and English. The one place ids map to responses.
 */
export const ERRORS = {
  invalid_request: { status: 400, sv: 'Ogiltig begäran.', en: 'Invalid request.' },
  invalid_json: {
    status: 400,
    sv: 'Begäran är inte giltig JSON.',
    en: 'The request is not valid JSON.',
  },
  unsupported_media_type: {
    status: 415,
    sv: 'Begäran ska skickas som JSON (Content-Type: application/json).',
    en: 'The request must be sent as JSON (Content-Type: application/json).',
  },
  invalid_characters: {
    status: 400,
    sv: 'Texten innehåller styrtecken eller tecken som vänder textriktningen. Ta bort dem och försök igen.',
    en: 'The text contains control characters or characters that reverse its direction. Remove them and try again.',
  },
  cross_site_request: {
    status: 403,
    sv: 'Begäran kom från en annan webbplats och avvisades.',
    en: 'The request came from another site and was refused.',
  },
  unauthenticated: { status: 401, sv: 'Du är inte inloggad.', en: 'You are not logged in.' },
  invalid_credentials: {
    status: 401,
    sv: 'Fel e-postadress eller lösenord.',
    en: 'Wrong e-mail address or password.',
  },
  forbidden: { status: 403, sv: 'Du har inte behörighet till detta.', en: 'You may not do this.' },
  not_secretary: {
    status: 403,
    sv: 'Bara organets sekreterare kan göra detta.',
    en: "Only the body's secretary can do this.",
  },
  meeting_not_found: { status: 404, sv: 'Mötet finns inte.', en: 'The meeting does not exist.' },
  body_not_found: { status: 404, sv: 'Organet finns inte.', en: 'The body does not exist.' },
  not_found: { status: 404, sv: 'Sidan finns inte.', en: 'Not found.' },
  illegal_phase_transition: {
    status: 409,
    sv: 'Mötet kan inte flyttas till den fasen härifrån.',
    en: 'The meeting cannot move to that phase from here.',
  },
  minutes_locked: {
    status: 409,
    sv: 'Minnesanteckningarna är godkända och låsta. De kan inte ändras.',
    en: 'The minutes are approved and locked. They cannot be changed.',
  },
  minutes_not_circulated: {
    status: 409,
    sv: 'Minnesanteckningarna har inte skickats ut och kan inte godkännas än.',
    en: 'The minutes have not been circulated and cannot be approved yet.',
  },
  no_previous_minutes: {
    status: 409,
    sv: 'Punkten Föregående minnesanteckningar pekar inte på några minnesanteckningar att godkänna.',
    en: 'The item "Previous minutes" does not point to minutes to approve.',
  },
  approving_meeting_not_open: {
    status: 409,
    sv: 'Godkännandet görs på nästa möte medan det förbereds eller pågår.',
    en: 'Approval is recorded at the next meeting while it is prepared or in progress.',
  },
  addendum_required: {
    status: 400,
    sv: 'Skriv tillägget som godkännandet ska ha.',
    en: 'Write the addendum the approval is to have.',
  },
  snapshot_not_found: {
    status: 404,
    sv: 'Versionen finns inte.',
    en: 'The version does not exist.',
  },
  seal_not_found: {
    status: 404,
    sv: 'Minnesanteckningarna är inte låsta och har inget sigill.',
    en: 'The minutes are not locked and have no seal.',
  },
  invitation_invalid: {
    status: 410,
    sv: 'Inbjudan är redan använd, har gått ut eller finns inte. Be sekreteraren om en ny.',
    en: 'The invitation has been used, has expired or does not exist. Ask the secretary for a new one.',
  },
  item_not_found: {
    status: 404,
    sv: 'Punkten finns inte på dagordningen.',
    en: 'The item is not on the agenda.',
  },
  attachment_not_found: {
    status: 404,
    sv: 'Bilagan finns inte.',
    en: 'The attachment does not exist.',
  },
  attachment_missing: {
    status: 410,
    sv: 'Bilagans fil saknas på servern. Be sekreteraren ladda upp den igen.',
    en: "The attachment's file is missing on the server. Ask the secretary to upload it again.",
  },
  attachment_too_large: {
    status: 413,
    sv: 'Filen är för stor. Största tillåtna storlek är 25 MB.',
    en: 'The file is too large. The largest allowed size is 25 MB.',
  },
  attachment_type_not_allowed: {
    status: 415,
    sv: 'Den filtypen går inte att bifoga. Använd PDF, Word, Excel, PowerPoint, PNG, JPEG eller text.',
    en: 'That type of file cannot be attached. Use PDF, Word, Excel, PowerPoint, PNG, JPEG or text.',
  },
  field_not_writable: {
    status: 403,
    sv: 'Du kan inte ändra den här punkten.',
    en: 'You cannot change this item.',
  },
  unknown_organisation: {
    status: 400,
    sv: 'Organisationen finns inte bland organets medlemsorganisationer.',
    en: "The organisation is not one of the body's member organisations.",
  },
  member_not_found: {
    status: 404,
    sv: 'Personen är inte med i organet.',
    en: 'The person is not a member of the body.',
  },
  vacancy_not_found: {
    status: 404,
    sv: 'Den vakanta platsen finns inte.',
    en: 'The vacant seat does not exist.',
  },
  organisation_in_use: {
    status: 409,
    sv: 'Organisationen har ledamöter eller vakanta platser i organet. Flytta eller ta bort dem först.',
    en: 'The organisation has members or vacant seats in the body. Move or remove them first.',
  },
  organisation_exists: {
    status: 409,
    sv: 'Organisationen finns redan bland organets medlemsorganisationer.',
    en: "The organisation is already one of the body's member organisations.",
  },
  organisation_not_found: {
    status: 404,
    sv: 'Organisationen finns inte längre bland organets medlemsorganisationer.',
    en: "The organisation is no longer one of the body's member organisations.",
  },
  last_secretary: {
    status: 409,
    sv: 'Organet måste ha minst en sekreterare.',
    en: 'The body must have at least one secretary.',
  },
  task_not_found: {
    status: 404,
    sv: 'Uppdraget finns inte i organets beslut.',
    en: "The task is not among the body's decisions.",
  },
  unknown_clause: {
    status: 409,
    sv: 'Att-satsen finns inte längre i minnesanteckningarna så som registret visar den: den har tagits bort eller skrivits om. Ingenting ändrades. Ladda om registret och försök igen.',
    en: 'The clause is no longer in the minutes as the register shows it: it has been removed or rewritten. Nothing was changed. Reload the register and try again.',
  },
  due_before_meeting: {
    status: 400,
    sv: 'Datumet för uppföljning kan inte ligga före mötet som beslutade.',
    en: 'The follow-up date cannot be before the meeting that decided it.',
  },
  invalid_second_session: {
    status: 400,
    sv: 'Den andra mötestiden behöver en rubrik, ett riktigt datum och tider skrivna som 08.30.',
    en: 'The second session needs a label, a real date and times written as 08.30.',
  },
  second_session_reversed: {
    status: 400,
    sv: 'Den andra mötestiden måste sluta efter att den börjar.',
    en: 'The second session must end after it starts.',
  },
  invalid_due: {
    status: 400,
    sv: 'Bara uppdrag och ärenden som skickas vidare har ett datum, och det måste vara ett riktigt datum.',
    en: 'Only tasks and forwards have a date, and it must be a real date.',
  },
  election_not_found: {
    status: 404,
    sv: 'Valet finns inte i organets beslut.',
    en: "The election is not among the body's decisions.",
  },
  election_term_reversed: {
    status: 400,
    sv: 'Mandatperioden kan inte sluta innan den börjar.',
    en: 'The term cannot end before it starts.',
  },
  invalid_election: {
    status: 400,
    sv: 'Ange en roll (högst 100 tecken) och mandatperiodens datum som riktiga datum.',
    en: 'Give a role (at most 100 characters) and the dates of the term as real dates.',
  },
  invalid_search_query: {
    status: 400,
    sv: 'Skriv vad du söker efter, högst 200 tecken.',
    en: 'Type what you are looking for, at most 200 characters.',
  },
  import_file_empty: {
    status: 400,
    sv: 'Filen är tom.',
    en: 'The file is empty.',
  },
  import_file_too_large: {
    status: 413,
    sv: 'Filen är för stor att importera. Största tillåtna storlek är 10 MB.',
    en: 'The file is too large to import. The largest allowed size is 10 MB.',
  },
  import_file_type: {
    status: 415,
    sv: 'Den filen går inte att importera. Använd text (.txt), Word (.docx) eller PDF med text.',
    en: 'That file cannot be imported. Use text (.txt), Word (.docx) or PDF with text.',
  },
  import_file_unreadable: {
    status: 422,
    sv: 'Filen gick inte att läsa. Den kan vara skadad.',
    en: 'The file could not be read. It may be damaged.',
  },
  import_pdf_encrypted: {
    status: 422,
    sv: 'PDF-filen är lösenordsskyddad. Spara den utan lösenord och försök igen.',
    en: 'The PDF is password protected. Save it without a password and try again.',
  },
  import_pdf_without_text: {
    status: 422,
    sv: 'PDF-filen har ingen text, bara bilder (en inskannad sida utan textlager). Kör textigenkänning (OCR) på den först.',
    en: 'The PDF has no text, only images (a scanned page without a text layer). Run text recognition (OCR) on it first.',
  },
  import_not_minutes: {
    status: 422,
    sv: 'Texten ser inte ut som minnesanteckningar: mötesdatum eller numrerade punkter saknas.',
    en: 'The text does not look like minutes: a meeting date or numbered items are missing.',
  },
  check_failed: {
    status: 409,
    sv: 'Kontrollen hittade fel som måste rättas först. Inget har ändrats.',
    en: 'The check found mistakes that must be corrected first. Nothing was changed.',
  },
  check_warnings_unacknowledged: {
    status: 409,
    sv: 'Kontrollen har varningar. Bekräfta dem för att skicka ut ändå. Inget har ändrats.',
    en: 'The check has warnings. Acknowledge them to send the minutes out anyway. Nothing was changed.',
  },
  unknown_check_rule: {
    status: 400,
    sv: 'Begäran bekräftar en kontrollregel som inte finns.',
    en: 'The request acknowledges a check rule that does not exist.',
  },
  alias_exists: {
    status: 409,
    sv: 'Organet har redan det namnet.',
    en: 'The body already has that name.',
  },
  alias_not_found: {
    status: 404,
    sv: 'Det alternativa namnet finns inte.',
    en: 'The alternative name does not exist.',
  },
  payload_too_large: { status: 413, sv: 'Begäran är för stor.', en: 'The request is too large.' },
  too_many_attempts: {
    status: 429,
    sv: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    en: 'Too many login attempts. Wait a while and try again.',
  },
  storage_full: {
    status: 503,
    sv: 'Servern kan inte spara just nu (lagringen är full). Det du redan sparat finns kvar; försök igen om en stund.',
    en: 'The server cannot save right now (its storage is full). What you saved is kept; try again in a while.',
  },
  database_unavailable: {
    status: 503,
    sv: 'Servern når inte sin databas just nu. Det du redan sparat finns kvar; försök igen om en stund.',
    en: 'The server cannot reach its database right now. What you saved is kept; try again in a while.',
  },
  cluster_unavailable: {
    status: 503,
    sv: 'Servern kan inte spara just nu (samordningen mellan servrarna är nere). Det du redan sparat finns kvar; försök igen om en stund.',
    en: 'The server cannot save right now (the coordination between the servers is down). What you saved is kept; try again in a while.',
  },
  internal: {
    status: 500,
    sv: 'Något gick fel hos oss. Försök igen.',
    en: 'Something went wrong on our side. Try again.',
  },
} as const satisfies Record<string, { status: number; sv: string; en: string }>;

export type ErrorId = keyof typeof ERRORS;
