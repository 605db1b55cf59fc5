import { launchExtension } from './tests/e2e/harness';
import { openCardOn } from './scripts/capture';
const session = await launchExtension();
try {
  const page = await session.open('pages/demo-article.html');
  await page.setViewportSize({ width: 390, height: 844 });
  await session.status(page);
  await page.bringToFront();
  await openCardOn(page, 'Kim Jong Un');
  console.log(
    await page.evaluate(() => {
      const f = document
        .querySelector('summit-lens-card')!
        .shadowRoot!.querySelector('.sl-card-footer') as HTMLElement;
      return [
        f.clientWidth,
        getComputedStyle(f).padding,
        ...[...f.children].map((c) => c.getBoundingClientRect().width),
      ];
    }),
  );
} finally {
  await session.close();
}
