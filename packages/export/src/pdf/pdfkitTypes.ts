/**
 * pdfkit 0.20 accepts `scope` on table header cells (written as the /Scope attribute that
 * screen readers use to pair a TH with its cells); its published types do not list it yet.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting pdfkit's own namespace
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      scope?: 'Row' | 'Column' | 'Both';
    }
  }
}

export {};
