import { describe, expect, it } from 'vitest';
import { edgeCaseMinutes } from '../fixtures/edgeCaseMinutes.ts';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { seed002Minutes } from '../fixtures/seed002Minutes.ts';
import { seed004Pack } from '../fixtures/seed004Pack.ts';
import { expectInOrder } from '../testing/pdfInspection.ts';
import { renderMeetingPackHtml, renderMinutesHtml } from './renderHtml.ts';

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])>/g)].map((match) => Number(match[1]));
}

function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');
}

describe('renderMinutesHtml: seed 001', () => {
  const { text: html } = renderMinutesHtml(seed001Minutes);

  it('is one complete Swedish page with a title and no scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Minnesanteckningar Länschefsnätverket 19 december 2024</title>');
    expect(html).toMatch(/<\/html>\n$/);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('has one h1 and headings that never skip a level', () => {
    const levels = headingLevels(html);
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
    expect(levels).toContain(3);
  });

  it('shows the same header lines as the PDF', () => {
    expectInOrder(visibleText(html), [
      'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
      'Ledningsstöd och strategi',
      'Hälso- och sjukvårdsförvaltningen',
      'Minnesanteckningar',
      'Datum: 2024-12-20',
      'Dnr: HSN 2024/1905',
    ]);
  });

  it('writes the attendance as a table with a caption, column heads and row heads', () => {
    expect(html).toContain('<caption>Närvarande per organisation</caption>');
    expect(html).toContain('<th scope="col">Organisation</th><th scope="col">Närvarande</th>');
    expect(html).toContain('<th scope="row">Avesta</th>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(17);
  });

  it('puts the kind prefix in bold inside the item heading', () => {
    expect(html).toContain('<h3>a) <strong>Information:</strong> Cosmic Link</h3>');
    expect(html).toContain('<h2>1. Mötets öppnande</h2>');
  });

  it('writes each decision clause on its own line after the body name', () => {
    expect(html).toContain(
      '<div class="decision"><p class="lead">Länschefsnätverket beslutade:</p><p class="clause">att utse Ulrika Gärdback',
    );
  });

  it('carries a print stylesheet with A4 pages and page numbers', () => {
    expect(html).toMatch(/@media print \{\s*@page \{ size: A4;/);
    expect(html).toContain('counter(pages)');
  });
});

describe('renderMinutesHtml: absent people and the running list', () => {
  it('strikes absent people through and says so in words, visibly', () => {
    const { text: html } = renderMinutesHtml(edgeCaseMinutes);
    expect(html).toContain('<li><s>Bertil Berg, Fritidschef</s> (ej närvarande)</li>');
    expect(html).toContain('<li>Vakant, Biblioteksstrateg</li>');
    expect(html).toContain('<strong>Ej representerade: </strong>Norrvik.');
  });

  it('escapes what the model says instead of interpreting it, also inside the stylesheet', () => {
    const { text: html } = renderMinutesHtml(edgeCaseMinutes);
    expect(html).toContain('Exempelnätverket för kultur &amp; fritid');
    const hostile = {
      ...edgeCaseMinutes,
      meeting: { ...edgeCaseMinutes.meeting, registryNumber: '</style><script>x()</script>' },
    };
    const { text } = renderMinutesHtml(hostile);
    expect(text).not.toContain('<script>');
    expect(text.match(/<\/style>/g)).toHaveLength(1);
  });

  it('writes a running list of names for list-style attendance', () => {
    const { text: html } = renderMinutesHtml(seed002Minutes);
    expect(html).toContain(
      '<p><strong>Närvarande:</strong> Ulrika Gärdback, Tomas Ahlin, Kristina Kumlin Bergenstråle,',
    );
    expect(html).toContain('Tanja Mårtensson samt föredragande enligt nedan.</p>');
  });
});

describe('renderMeetingPackHtml: seed 004', () => {
  const { text: html } = renderMeetingPackHtml(seed004Pack);

  it('nests the late items under "Tillkommande ärenden" without skipping a heading level', () => {
    expect(html).toContain('<h2>Tillkommande ärenden</h2>');
    expect(html).toContain('<h3>12. <strong>Beslut:</strong> Justerat uppdragsdirektiv');
    const levels = headingLevels(html);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
  });

  it('lists the agenda with the document own numbers and the proposals', () => {
    expect(html).toContain('<ul class="labelled"><li><span class="label">12.</span>');
    expectInOrder(visibleText(html), [
      'Förslag till beslut',
      'Chefsnätverket beslutar',
      'att godkänna Styrgruppens förslag p.1-3.',
    ]);
  });
});
