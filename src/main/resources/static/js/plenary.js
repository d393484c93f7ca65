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
