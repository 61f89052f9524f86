/**
 * Evidence attachments on both engines: photos, PDF and Word files land (photos without their
 * EXIF, with a thumbnail); hostile uploads are refused with a zh/en reason and leave nothing
 * behind, neither a file on disk nor a row; only attachments the office marked public of a
 * published report reach the public.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { itemId, multipart, openPeriod, reportId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

const MB = 1024 * 1024;

/** A camera photo: 800 × 600 JPEG carrying EXIF (make, model, owner). */
const cameraPhoto = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Model: 'X100', Artist: '张三', Copyright: 'private' } })
    .toBuffer();

async function officePackage(main: string, size: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(main, size > 0 ? Buffer.alloc(size, 0x20) : '<w:document/>');
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describe.each(ENGINES)('attachments on %s', (engine) => {
  let api: Api;
  let report: number;
  const upload = async (
    who: 'health' | 'civil' | 'admin',
    path: string,
    bytes: Buffer,
    name: string,
  ) => {
    const { payload, headers } = multipart(bytes, name);
    const session = api.sessions[who];
    const response = await api.app.inject({
      method: 'POST',
      url: path,
      payload,
      headers: { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    return { status: response.statusCode, json: () => response.json() };
  };
  const files = (): string[] => {
    try {
      return readdirSync(join(api.dataDir, 'blobs'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name);
    } catch {
      return [];
    }
  };
  const attachmentRows = async () =>
    Number(
      (
        await api.t.db
          .selectFrom('attachments')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    api = await startApi(engine);
    await openPeriod(api, '1-10月', '2099-11-10', true);
    report = await reportId(api, '1', '1-10月');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('keeps a photo without its EXIF and with a thumbnail; a PDF and a .docx as sent', async () => {
    const photo = await cameraPhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const stored = await upload(
      'health',
      `/api/reports/${report}/attachments`,
      photo,
      '现场照片.jpg',
    );
    expect(stored.status).toBe(201);
    expect(stored.json()).toMatchObject({
      kind: 'photo',
      mediaType: 'image/jpeg',
      width: 800,
      height: 600,
      public: false,
    });
    const bytes = await api.app.inject({
      method: 'GET',
      url: stored.json().url,
      headers: { cookie: api.sessions.admin.cookie },
    });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['x-content-type-options']).toBe('nosniff');
    const kept = await sharp(bytes.rawPayload).metadata();
    expect(kept.exif).toBeUndefined();
    expect(bytes.rawPayload.includes(Buffer.from('TestCam'))).toBe(false);
    const thumbnail = await api.app.inject({
      method: 'GET',
      url: stored.json().thumbnailUrl,
      headers: { cookie: api.sessions.health.cookie },
    });
    const small = await sharp(thumbnail.rawPayload).metadata();
    expect([small.format, small.width, small.height]).toEqual(['webp', 320, 240]);

    expect(
      (await upload('health', `/api/reports/${report}/attachments`, PDF, '验收报告.pdf')).json()
        .kind,
    ).toBe('pdf');
    const docx = await officePackage('word/document.xml', 0);
    expect(
      (await upload('health', `/api/reports/${report}/attachments`, docx, '说明.docx')).json().kind,
    ).toBe('word');
    // On disk under the data directory, readable by the server's user only.
    for (const entry of readdirSync(join(api.dataDir, 'blobs'), {
      recursive: true,
      withFileTypes: true,
    }))
      if (entry.isFile())
        expect(statSync(join(entry.parentPath, entry.name)).mode & 0o777).toBe(0o600);
    const listed = (await api.call('health', 'GET', `/api/reports/${report}/attachments`)).json();
    expect(listed.map((a: { fileName: string }) => a.fileName)).toEqual([
      '现场照片.jpg',
      '验收报告.pdf',
      '说明.docx',
    ]);
  });

  const HOSTILE: [string, () => Promise<Buffer> | Buffer, string, number, string, RegExp][] = [
    [
      'a script named .jpg',
      () => Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'photo.jpg',
      422,
      'attachment_refused',
      /与扩展名/,
    ],
    [
      '50 MB + 1 byte',
      () => Buffer.alloc(50 * MB + 1, 0x25),
      'big.pdf',
      413,
      'file_too_large',
      /50 MB/,
    ],
    [
      'a zip bomb posing as .docx',
      () => officePackage('word/document.xml', 60 * MB),
      'bomb.docx',
      422,
      'attachment_refused',
      /压缩炸弹/,
    ],
    [
      'a path in the file name',
      cameraPhoto,
      '../../etc/passwd.jpg',
      400,
      'attachment_name_invalid',
      /路径/,
    ],
    [
      'a Windows path in the file name',
      cameraPhoto,
      'C:\\Users\\a.jpg',
      400,
      'attachment_name_invalid',
      /路径/,
    ],
    ['a PDF named .docx', () => PDF, 'report.docx', 422, 'attachment_refused', /与扩展名/],
  ];

  it.each(HOSTILE)(
    'refuses %s with a reason in Chinese and English and writes nothing',
    async (_, make, name, status, code, zh) => {
      const [rows, blobs, counts] = [await attachmentRows(), files(), await countRows(api.t)];
      const refused = await upload(
        'health',
        `/api/reports/${report}/attachments`,
        await make(),
        name,
      );
      expect(refused.status).toBe(status);
      const error = refused.json().error;
      expect(error.code).toBe(code);
      expect(error.message).toMatch(zh);
      expect(error.messageEn).toMatch(/[a-z]/);
      expect(await attachmentRows()).toBe(rows);
      expect(files()).toEqual(blobs);
      expect(await countRows(api.t)).toEqual(counts);
    },
  );

  it('lets only the report’s writers attach, and a co-unit attach to its own contribution', async () => {
    expect((await upload('civil', `/api/reports/${report}/attachments`, PDF, 'x.pdf')).status).toBe(
      403,
    );
    const item5 = await itemId(api, '5');
    const periodId = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json()[0]
      .id;
    const contribution = (
      await api.call('civil', 'POST', '/api/contributions', {
        itemId: item5,
        periodId,
        points: ['托育点建设完成。'],
      })
    ).json();
    expect(
      (
        await upload(
          'civil',
          `/api/contributions/${contribution.id}/attachments`,
          PDF,
          '验收单.pdf',
        )
      ).status,
    ).toBe(201);
    expect(
      (await upload('health', `/api/contributions/${contribution.id}/attachments`, PDF, 'y.pdf'))
        .status,
    ).toBe(403);
    // The lead unit sees its co-unit's evidence.
    const seen = (
      await api.call('health', 'GET', `/api/contributions/${contribution.id}/attachments`)
    ).json();
    expect(seen.map((a: { fileName: string }) => a.fileName)).toEqual(['验收单.pdf']);
  });

  it('shows the public only what the office marked public, once the report is published', async () => {
    const [photo] = (await api.call('admin', 'GET', `/api/reports/${report}/attachments`)).json();
    expect((await api.call('public', 'GET', photo.url)).status).toBe(401);
    expect(
      (
        await api.call('health', 'PATCH', `/api/attachments/${photo.id}`, {
          public: true,
          version: 1,
        })
      ).status,
    ).toBe(403);
    const marked = await api.call('admin', 'PATCH', `/api/attachments/${photo.id}`, {
      public: true,
      version: 1,
    });
    expect(marked.json()).toMatchObject({ public: true, version: 2 });
    let version = (await api.call('admin', 'GET', `/api/reports/${report}`)).json().version;
    for (const [who, action] of [
      ['health', 'submit'],
      ['admin', 'approve'],
      ['admin', 'publish'],
    ] as const) {
      version = (
        await api.call(who, 'POST', `/api/reports/${report}/${action}`, { version })
      ).json().version;
    }
    const visible = (await api.call('public', 'GET', `/api/reports/${report}/attachments`)).json();
    expect(visible.map((a: { id: number }) => a.id)).toEqual([photo.id]);
    expect(visible[0]).not.toHaveProperty('createdBy');
    expect((await api.call('public', 'GET', photo.url)).status).toBe(200);
    const pdf = (await api.call('admin', 'GET', `/api/reports/${report}/attachments`)).json()[1];
    expect((await api.call('public', 'GET', pdf.url)).status).toBe(401);
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=attachment&entityId=${photo.id}`)
    ).json();
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'attachment.publicity',
      'attachment.add',
    ]);
  });
});
