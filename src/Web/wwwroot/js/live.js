// Live updates for a tenant's pages: reads /t/{tenant}/events with EventSource and patches text in place.
// Backend data is only ever written with textContent, never as markup.
(function () {
    "use strict";
    var main = document.getElementById("main");
    var url = main && main.getAttribute("data-live-url");
    if (!url || !window.EventSource) {
        return;
    }

    var status = document.getElementById("live-status");
    function announce(text) {
        if (status) {
            status.textContent = text;
        }
    }

    function flash(element) {
        element.classList.add("live-flash");
        window.setTimeout(function () { element.classList.remove("live-flash"); }, 1500);
    }

    function updateStats(stats) {
        Object.keys(stats).forEach(function (key) {
            var cells = document.querySelectorAll('[data-live-stat="' + key + '"]');
            Array.prototype.forEach.call(cells, function (cell) {
                if (cell.textContent !== stats[key]) {
                    cell.textContent = stats[key];
                    flash(cell);
                }
            });
        });
    }

    function addActivity(activity) {
        var list = document.getElementById("recent-activity");
        if (!list) {
            return;
        }
        var item = document.createElement("li");
        var text = document.createElement("span");
        text.className = "activity-text";
        text.textContent = activity.description;
        var meta = document.createElement("span");
        meta.className = "muted";
        meta.textContent = " " + activity.user + " · " + activity.when;
        item.appendChild(text);
        item.appendChild(meta);
        list.insertBefore(item, list.firstChild);
        while (list.children.length > 20) {
            list.removeChild(list.lastChild);
        }
        flash(item);
    }

    function cell(text) {
        var td = document.createElement("td");
        td.textContent = text;
        return td;
    }

    function upsertPatient(kind, patient) {
        var rows = document.getElementById("patient-rows");
        if (!rows) {
            return;
        }
        var existing = rows.querySelector('tr[data-patient-id="' + CSS.escape(patient.id) + '"]');
        if (kind === "patient-deleted") {
            if (existing) {
                rows.removeChild(existing);
            }
            return;
        }
        var row = document.createElement("tr");
        row.setAttribute("data-patient-id", patient.id);
        var name = document.createElement("td");
        var link = document.createElement("a");
        link.href = rows.getAttribute("data-tenant-link") + "/" + encodeURIComponent(patient.id);
        link.textContent = patient.name;
        name.appendChild(link);
        row.appendChild(cell(patient.number));
        row.appendChild(name);
        row.appendChild(cell(patient.dateOfBirth));
        row.appendChild(cell(patient.phone));
        row.appendChild(cell(patient.email));
        if (existing) {
            rows.replaceChild(row, existing);
        } else {
            rows.insertBefore(row, rows.firstChild);
        }
        flash(row);
    }

    // A stream that drops is reopened by EventSource itself; one that is refused (Portal answered 503 because a
    // backend is down) is closed for good, so it is reopened here, waiting longer each time, with jitter so that many
    // open pages do not all come back at the same moment.
    var firstRetryMs = 1000;
    var longestRetryMs = 60000;
    var retryMs = firstRetryMs;
    var source;

    function connect() {
        source = new EventSource(url);
        // "ready" comes once Portal's subscription to this practice is live, so no change after it is missed.
        source.addEventListener("ready", function () {
            retryMs = firstRetryMs;
            announce("Live updates are on.");
        });
        source.addEventListener("error", function () {
            if (source.readyState !== EventSource.CLOSED) {
                announce("Live updates are reconnecting…");
                return;
            }
            var wait = Math.round(retryMs * (0.5 + Math.random() / 2));
            retryMs = Math.min(retryMs * 2, longestRetryMs);
            announce("Live updates are off for now; trying again in " + Math.max(1, Math.round(wait / 1000)) + " s.");
            window.setTimeout(connect, wait);
        });
        source.addEventListener("signed-out", function () {
            source.close();
            announce("Your sign-in has ended; live updates stopped. Reload the page to sign in again.");
        });
        source.addEventListener("message", onMessage);
    }

    function onMessage(event) {
        var message;
        try {
            message = JSON.parse(event.data);
        } catch (e) {
            return;
        }
        if (message.stats) {
            updateStats(message.stats);
        }
        if (message.activity) {
            addActivity(message.activity);
        }
        if (message.patient) {
            upsertPatient(message.kind, message.patient);
            announce("Patient list updated: " + message.patient.name);
        } else if (message.summary) {
            announce(message.summary);
        }
    }

    connect();
})();
