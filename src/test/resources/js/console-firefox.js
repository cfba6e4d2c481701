// Walks through Quire's web console in headless Firefox (Debian's firefox-esr, driven over
// WebDriver BiDi by puppeteer-core), as a user would: sign in, read the dashboard, open the
// tables page at laptop and tablet widths, run a query in the data explorer and read the
// result as a tree and as a table, get an error underlined, sign out and be refused.
// Arguments: <console base URL> <admin password> <firefox executable> <screenshot directory>.
// Prints one JSON line per step (see checks.js); a step that fails ends the walk (later steps
// depend on it) with exit status 1.
'use strict';

const path = require('path');
const puppeteer = require('puppeteer-core');
const { check } = require('./checks');

const [base, password, firefox, screenshots] = process.argv.slice(2);
const STEP_TIMEOUT = 30000;

/** Waits until the element's text contains `expected`, and returns its text. */
async function awaitText(page, selector, expected) {
	const deadline = Date.now() + STEP_TIMEOUT;
	let text = null;
	while (Date.now() < deadline) {
		text = await page.evaluate((css) => {
			const element = document.querySelector(css);
			return element === null ? null : element.textContent;
		}, selector);
		if (text !== null && text.includes(expected)) {
			return text;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${selector} did not show "${expected}" in time (it showed ${JSON.stringify(text)})`);
}

async function type(page, selector, text) {
	const field = await page.waitForSelector(selector, { visible: true, timeout: STEP_TIMEOUT });
	await page.$eval(selector, (element) => { element.value = ''; });
	await field.type(text);
}

async function click(page, selector) {
	const element = await page.waitForSelector(selector, { visible: true, timeout: STEP_TIMEOUT });
	await element.click();
}

async function screenshot(page, name) {
	await page.screenshot({ path: path.join(screenshots, 'firefox-' + name + '.png') });
}

const steps = {
	signIn: async (page) => {
		await page.goto(base);
		await type(page, '#password', 'wrong');
		await click(page, '#sign-in button[type=submit]');
		const refused = await awaitText(page, '#sign-in-message', 'Not signed in');
		await screenshot(page, 'sign-in');
		await type(page, '#password', password);
		await click(page, '#sign-in button[type=submit]');
		await awaitText(page, '#whoami', 'Signed in');
		return { refused: refused, whoami: await page.$eval('#whoami', (element) => element.textContent) };
	},
	dashboard: async (page) => {
		await awaitText(page, '#count-docs', '30');
		await screenshot(page, 'dashboard');
		return {
			server: await page.$eval('#server-name', (element) => element.textContent),
			tables: await page.$eval('#count-tables', (element) => element.textContent),
			documents: await page.$eval('#count-docs', (element) => element.textContent),
		};
	},
	tablesAtTabletWidth: async (page) => {
		await page.setViewport({ width: 820, height: 1180 });
		await click(page, "a[href='#/tables']");
		const row = await awaitText(page, "tr[data-table='test.books']", 'isbn');
		await screenshot(page, 'tables-tablet');
		await page.setViewport({ width: 1280, height: 900 });
		return row;
	},
	explorer: async (page) => {
		await click(page, "a[href='#/explorer']");
		await type(page, '#query', "r.table('books').filter(r.row('year').gt(2015)).orderBy('title').limit(3)");
		await click(page, '#run');
		const meta = await awaitText(page, '#result-meta', 'rows');
		const tree = await page.$eval('[data-view=tree]', (element) => element.textContent);
		await click(page, 'button[data-tab=table]');
		await page.waitForSelector('[data-view=table] tbody tr', { visible: true, timeout: STEP_TIMEOUT });
		const headers = await page.$$eval('[data-view=table] th', (cells) => cells.map((cell) => cell.textContent));
		const rows = await page.$$eval('[data-view=table] tbody tr', (trs) => trs.map((tr) => tr.textContent));
		await screenshot(page, 'explorer');
		return { meta: meta, treeHasTitle: tree.includes('Book 0026'), headers: headers, rows: rows.length,
			firstRow: rows[0] };
	},
	errorUnderlined: async (page) => {
		await type(page, '#query', "r.table('books').map(r.row('title').add(1))");
		// keyboard only: Ctrl+Enter in the editor runs the query
		await page.keyboard.down('Control');
		await page.keyboard.press('Enter');
		await page.keyboard.up('Control');
		await page.waitForSelector('.error u[data-failing]', { visible: true, timeout: STEP_TIMEOUT });
		await screenshot(page, 'explorer-error');
		return {
			message: await page.$eval('.error', (element) => element.textContent),
			underlined: await page.$eval('.error u[data-failing]', (element) => element.textContent),
		};
	},
	signOut: async (page) => {
		await click(page, '#sign-out');
		await page.waitForSelector('#sign-in', { visible: true, timeout: STEP_TIMEOUT });
		const status = await page.evaluate(async () => (await fetch('/console/api/overview')).status);
		await page.goto(base + '#/dashboard');
		await page.waitForSelector('#sign-in', { visible: true, timeout: STEP_TIMEOUT });
		return { apiStatus: status, dashboardShown: (await page.$('#server-name')) !== null };
	},
};

async function main() {
	const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true,
		args: ['--width=1280', '--height=900'] });
	try {
		const page = await browser.newPage();
		await page.setViewport({ width: 1280, height: 900 });
		for (const [name, step] of Object.entries(steps)) {
			if (!(await check(name, () => step(page)))) {
				process.exitCode = 1;
				return;
			}
		}
	}
	finally {
		await browser.close();
	}
}

main().catch((error) => {
	process.stderr.write(String(error && error.stack || error) + '\n');
	process.exitCode = 1;
});
