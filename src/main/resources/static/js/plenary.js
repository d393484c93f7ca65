// Switches the interface language as soon as a language is picked with the pointer. A keyboard user moving
// through the options is not sent away on every arrow key: the form's button stays for them (and without JS).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("select[data-submit-on-pick]").forEach((select) => {
        let keyboard = false;
        select.addEventListener("keydown", () => { keyboard = true; });
        select.addEventListener("pointerdown", () => { keyboard = false; });
        select.addEventListener("change", () => {
            if (!keyboard) {
                select.form.submit();
            }
        });
    });
});

// The timer of the live view counts down to the end of the intervention, whatever the page last received.
setInterval(() => {
    document.querySelectorAll("[data-ends-at]").forEach((timer) => {
        const left = Math.max(0, Math.round((Date.parse(timer.dataset.endsAt) - Date.now()) / 1000));
        timer.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
        timer.classList.toggle("over", left === 0);
    });
}, 1000);

// The countdown of a silence procedure to its deadline (days in the page's language, then hours, minutes,
// seconds), whatever the page last received; the page's live update replaces it with the outcome at the deadline.
const dayCount = new Intl.NumberFormat(document.documentElement.lang || "en",
    { style: "unit", unit: "day", unitDisplay: "long" });
setInterval(() => {
    document.querySelectorAll("[data-countdown]").forEach((countdown) => {
        const left = Math.max(0, Math.floor((Date.parse(countdown.dataset.countdown) - Date.now()) / 1000));
        const days = Math.floor(left / 86400);
        const clock = [Math.floor(left % 86400 / 3600), Math.floor(left % 3600 / 60), left % 60]
            .map((n) => String(n).padStart(2, "0")).join(":");
        countdown.textContent = (days > 0 ? dayCount.format(days) + " " : "") + clock;
        countdown.classList.toggle("over", left === 0);
    });
}, 1000);

// A time of the desk also in the reader's own time zone, when it is not the process's.
document.addEventListener("DOMContentLoaded", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("[data-local-time]").forEach((time) => {
        if (time.dataset.zone === zone) {
            return;
        }
        const local = new Date(time.dataset.localTime).toLocaleString(document.documentElement.lang,
            { dateStyle: "long", timeStyle: "short" });
        time.textContent = time.dataset.label.replace("{0}", local + " (" + zone + ")");
        time.hidden = false;
    });
});

// A text field with a limit says as one types how many characters it holds, and says it plainly once over the
// limit (the server refuses it, keeping the text). After a refusal, the first field refused has the focus.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-max][data-counter]").forEach((field) => {
        const counter = document.getElementById(field.id + "-limit");
        const max = Number(field.dataset.max);
        const update = () => {
            counter.textContent = field.dataset.counter.replace("{0}", field.value.length.toLocaleString(document.documentElement.lang));
            counter.classList.toggle("over", field.value.length > max);
        };
        field.addEventListener("input", update);
        if (field.value.length > 0) {
            update();
        }
    });
    const refused = document.querySelector("[aria-invalid=true]");
    if (refused) {
        refused.focus();
    }
});

// A button with data-shortcut is pressed by its key (announced to assistive technology by aria-keyshortcuts and
// written beside it), unless the reader is typing in a field.
document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.repeat
        || event.target.closest("input, textarea, select, [contenteditable]")) {
        return;
    }
    const button = document.querySelector(`[data-shortcut="${CSS.escape(event.key.toLowerCase())}"]`);
    if (button) {
        event.preventDefault();
        // A fragment swapped in a moment ago may not be initialised by htmx yet: its form would post the whole page.
        if (window.htmx && button.form) {
            htmx.process(button.form);
        }
        button.click();
    }
});

// The chair's console and the desk's floor forms show a refusal (400, 409) in place of the fragment that asked, with
// its reason.
document.addEventListener("htmx:beforeSwap", (event) => {
    const status = event.detail.xhr.status;
    if (status >= 400 && status < 500 && event.detail.elt.closest("[data-console], [data-in-place]")) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
