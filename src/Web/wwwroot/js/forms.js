// One submission per form: a second click (a double click, or Enter pressed again) while the first post is on its way
// would apply it twice, and Portal keeps no state that could tell the two apart (an address added twice, two data
// exports). The first submission goes; later ones are dropped until the browser shows the page afresh (the back button
// brings a page back from its cache as it was left), or until longer than Portal takes to answer has passed: a post the
// reader stopped (Esc, the stop button) must not leave the form dead.
(function () {
    "use strict";
    var submitButtons = "button[type=submit], button:not([type]), input[type=submit]";
    // Longer than Portal takes to answer a form at its default timeouts (a read and a write of up to 10 s each).
    var lockMs = 30000;
    var timers = new WeakMap();

    function unlock(form) {
        window.clearTimeout(timers.get(form));
        form.removeAttribute("data-submitting");
        Array.prototype.forEach.call(form.querySelectorAll(submitButtons), function (button) {
            button.removeAttribute("aria-disabled");
        });
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (event.defaultPrevented || !(form instanceof HTMLFormElement) || (form.getAttribute("method") || "get").toLowerCase() !== "post") {
            return;
        }
        if (form.hasAttribute("data-submitting")) {
            event.preventDefault();
            return;
        }
        form.setAttribute("data-submitting", "");
        Array.prototype.forEach.call(form.querySelectorAll(submitButtons), function (button) {
            button.setAttribute("aria-disabled", "true");
        });
        timers.set(form, window.setTimeout(function () { unlock(form); }, lockMs));
    });

    window.addEventListener("pageshow", function () {
        Array.prototype.forEach.call(document.querySelectorAll("form[data-submitting]"), unlock);
    });
})();

// A refused form comes back with its error summary at its top: focused, it is scrolled into view and read out, where the
// messages beside the fields may be a long page further down. Without a summary, the refusal that names no field (the
// backend's, a paragraph above the form) is focused the same way: a refused reply at the foot of a ticket is otherwise
// out of sight.
(function () {
    "use strict";
    function focusRefusal() {
        var refusal = document.querySelector(".error-summary") || document.querySelector(".form-error[role=alert]");
        if (refusal) {
            // Focusable by script, never by Tab.
            refusal.setAttribute("tabindex", "-1");
            refusal.focus();
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", focusRefusal);
    } else {
        focusRefusal();
    }

    // A summary's link moves keyboard focus to its field, which following a link to an id does not do in every browser,
    // and shows the field with its label (a Yes/No choice with its legend) instead of the bare input at the top of the
    // screen.
    document.addEventListener("click", function (event) {
        var link = event.target instanceof Element ? event.target.closest(".error-summary a[href^='#']") : null;
        var field = link && document.getElementById(link.hash.slice(1));
        if (!field) {
            return;
        }
        event.preventDefault();
        var fieldset = field.type === "radio" ? field.closest("fieldset") : null;
        var caption = fieldset ? fieldset.querySelector("legend") : field.labels && field.labels[0];
        (caption || field).scrollIntoView();
        field.focus({ preventScroll: true });
    });
})();
