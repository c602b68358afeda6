/**
 * A small real PDF to stand for an attachment of the demo meetings ("Bilaga N"). pdfkit is
 * loaded here, when the demo is seeded, not at every start.
 */
export async function demoAttachmentPdf(title: string, lines: string[]): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      info: { Title: title, CreationDate: new Date('2026-01-01T00:00:00Z') },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.fontSize(18).text(title).moveDown();
    pdf.fontSize(11);
    for (const line of lines) pdf.text(line).moveDown(0.5);
    pdf.end();
  });
}
