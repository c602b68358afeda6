/** What the mistake check reports (SPEC "The mistake check"), and the context it reads beside the model. */
import type { CheckRuleId, FindingSeverity } from './checkRule.ts';

export type CheckLanguage = 'sv' | 'en';

/** One finding as the API and the web app show it. */
export interface Finding {
  rule: CheckRuleId;
  severity: FindingSeverity;
  /** The item the mistake is in; null for the header, attendance and notes. */
  itemId: string | null;
  /** The offending text quoted as written ("" where the mistake is that nothing is written). */
  text: string;
  /** In the language asked for. */
  message: string;
}

/** What a rule finds, before the catalogue gives it a severity and a message. */
export interface RuleHit {
  rule: CheckRuleId;
  itemId?: string | undefined;
  text: string;
  /** Fills the message template of the rule (findingMessages.ts). */
  params: Record<string, string | number>;
}

export interface OtherBody {
  name: string;
  shortName: string;
  /** Other names its secretary registered: right spellings of it. */
  aliases?: readonly string[];
}

/**
 * What the server knows beside the document. Everything is optional so that the pure check also
 * runs on a model alone (the fixtures' tests).
 */
export interface CheckContext {
  language?: CheckLanguage;
  /** Days the document date may follow the meeting (rule K3); 30 unless told. */
  maxDocumentDateLagDays?: number;
  /** Other spellings the body's secretary registered ("Chefsnätverket"): never flagged (K2). */
  bodyAliases?: readonly string[];
  /** The other bodies the server knows (K14). */
  otherBodies?: readonly OtherBody[];
  /** The body's member organisations; the document's list when not given (K13). */
  organisations?: readonly string[];
  /** The date of the meeting about to approve these minutes (K15). */
  approvingMeetingDate?: string;
  /** The body's elections in its other circulated and approved minutes (K32). */
  elections?: readonly KnownElection[];
}

/** An election as the register of roles holds it (SPEC rule V6). */
export interface KnownElection {
  role: string;
  /** The elected person's name. */
  name: string;
  termFrom: string;
  termTo?: string;
  meetingDate: string;
}
