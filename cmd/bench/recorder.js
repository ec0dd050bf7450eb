// The keystroke recorder, installed by make bench in a page once it is interactive.
//
// A capturing listener keeps the timeStamp of each input event; a MutationObserver on the
// whole document keeps the time of each DOM change (its callback runs as soon as the task
// that changed the DOM ends); after each change, requestAnimationFrame and then a
// MessageChannel message keep the time the frame that shows the change was painted (the
// message runs once that frame's style, layout and paint are done).
//
// __bench.arm(quiet, timeout, field, state) forgets what came before and sets
// __bench.done, a promise of the next key's figures: once an input event has come and the
// DOM has then been quiet for `quiet` ms of wall time, the input event's time, the first and
// last DOM change after it, the paint after the last, and the field's value and the page's
// state() to check; and how many DOM changes came after the previous key had settled and
// before this key's input event (stray: a page that settled should make none). Its timer
// fires a few times a key, never while the page works.
window.__bench ??= (() => {
	const b = {inputs: [], muts: [], paints: new Map(), settled: 0};
	addEventListener("input", e => b.inputs.push(e.timeStamp), true);
	new MutationObserver(() => {
		const t = performance.now();
		b.muts.push(t);
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => b.paints.set(t, performance.now());
			ch.port2.postMessage(0);
		});
	}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});

	b.arm = (quiet, timeout, field, state) => {
		// DOM changes after the last key had settled: late work of that key, or none.
		const carried = b.muts.filter(t => t > b.settled).length;
		b.inputs = [];
		b.muts = [];
		b.paints.clear();
		const armed = performance.now();
		b.done = new Promise(resolve => {
			const check = () => {
				const now = performance.now(), input = b.inputs[0];
				const after = input === undefined ? [] : b.muts.filter(t => t >= input);
				const last = after.length ? after[after.length - 1] : (input ?? armed);
				if (after.length && now - last >= quiet) {
					const finish = () => {
						if (!b.paints.has(last) && performance.now() - last < quiet + 2000) {
							setTimeout(finish, 10);
							return;
						}
						b.settled = performance.now();
						const f = document.querySelector(field);
						let s;
						try { s = state(); } catch (e) { s = String(e); }
						resolve({
							error: b.paints.has(last) ? "" : "no frame was painted after the last DOM change",
							input, first: after[0], last, paint: b.paints.get(last) ?? 0,
							mutations: after.length, stray: carried + b.muts.length - after.length,
							inputs: b.inputs.length, value: f ? f.value : "(no field " + field + ")", state: s,
						});
					};
					finish();
					return;
				}
				if (now - armed > timeout) {
					resolve({error: input === undefined
						? "no input event within " + timeout + " ms: is the field focused?"
						: "no DOM change within " + timeout + " ms of the input event"});
					return;
				}
				setTimeout(check, Math.max(1, quiet - (now - last)));
			};
			setTimeout(check, quiet);
		});
	};
	return b;
})();
