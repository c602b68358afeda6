export {
  checkA11y,
  describeViolations,
  expectNoA11yViolations,
  LANDMARK_RULES,
  type A11yViolation,
} from './a11y.ts';
export { startServer, type AppServer, type StartServerOptions } from './appServer.ts';
export { launchBrowser, newPersonContext } from './browser.ts';
export { registerCleanup } from './cleanup.ts';
export { DEMO, DEMO_PASSWORD, login, signedInPage } from './login.ts';
export {
  blocksText,
  editableRoots,
  fetchMeeting,
  fieldDescription,
  fieldEditor,
  itemByNumber,
  openMeetingFromList,
  signedInUserId,
  typeAtEnd,
  waitConnected,
  waitSaved,
  type MinutesItem,
} from './meetingPage.ts';
export { relayCollabSockets, type CollabRelay } from './collabRelay.ts';
export { controlCollabNetwork, type CollabNetwork } from './collabNetwork.ts';
export {
  markOfflineCopy,
  offlineCopyName,
  readOfflineCopy,
  storedFieldText,
  type StoredOfflineCopy,
} from './offlineCopy.ts';
export { forceWriteFromConsole } from './forcedWrite.ts';
export { recordModuleLoads } from './moduleLoads.ts';
export { pollUntil } from './poll.ts';
export { openBodyRegister, selectClauseInNewTab } from './registerPage.ts';
export { useSignedInSession, type SignedInSession } from './signedInSession.ts';
export { useSecretaryAndPresenter, type SecretaryAndPresenter } from './secretaryAndPresenter.ts';
export { SCREENSHOT_DIR, screenshotPage } from './screenshot.ts';
export { adoptProposalInLiveMode, markEveryonePresent } from './liveDecision.ts';
export { confirmStartMeeting, startMeeting } from './startMeeting.ts';
