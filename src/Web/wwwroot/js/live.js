// Live updates for a practice's pages: reads /t/{tenant}/events with EventSource and patches the page in place, but
// only where that keeps what the reader is looking at true. Backend data is only ever written with textContent.
(function () {
    "use strict";
    var main = document.getElementById("main");
    var url = main && main.getAttribute("data-live-url");
    if (!url || !window.EventSource) {
        return;
    }

    var status = document.getElementById("live-status");
    var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(document.documentElement.lang || undefined) : null;

    function formatCount(value) {
        return numbers ? numbers.format(value) : String(value);
    }

    // The status region is polite: a screen reader says what changed when it is done speaking.
    function announce(text, link) {
        if (!status) {
            return;
        }
        status.textContent = text;
        if (link) {
            status.appendChild(document.createTextNode(" "));
            var anchor = document.createElement("a");
            anchor.href = link.href;
            anchor.textContent = link.text;
            status.appendChild(anchor);
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

    // A count the event changes by itself (a patient added or removed) when the event carries no new numbers.
    function adjustStat(key, delta) {
        var cells = document.querySelectorAll('[data-live-stat="' + key + '"]');
        Array.prototype.forEach.call(cells, function (cell) {
            var value = parseInt(cell.textContent.replace(/[^0-9]/g, ""), 10);
            if (!isNaN(value)) {
                cell.textContent = formatCount(Math.max(0, value + delta));
                flash(cell);
            }
        });
    }

    // The same <time> element the server renders, localised by local-time.js when it runs (it does not without Intl).
    function timeElement(time) {
        var element = document.createElement("time");
        element.setAttribute("datetime", time.value);
        element.setAttribute("data-local", time.kind);
        element.textContent = time.text;
        return element;
    }

    function localiseTimes(root) {
        if (window.portalLocalTime) {
            window.portalLocalTime.localise(root);
        }
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
        meta.textContent = activity.user + " · ";
        meta.appendChild(timeElement(activity.when));
        item.appendChild(text);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(meta);
        localiseTimes(item);
        list.insertBefore(item, list.firstChild);
        var cap = parseInt(list.getAttribute("data-cap"), 10) || 20;
        while (list.children.length > cap) {
            list.removeChild(list.lastChild);
        }
        flash(item);
    }

    function cell(text) {
        var td = document.createElement("td");
        td.textContent = text;
        return td;
    }

    function listCount() {
        var count = document.getElementById("list-count");
        return count ? parseInt(count.getAttribute("data-count"), 10) || 0 : 0;
    }

    // The patient list's pages once its count moves by delta. A page follows changes live only while its count is the
    // service's own (no row of it left out: PatientListModel.FollowsLive), so its pages are what that count fills.
    function patientPagesAfter(rows, delta) {
        return Math.max(1, Math.ceil(listCountAfter(delta) / pageSize(rows)));
    }

    function listCountAfter(delta) {
        return Math.max(0, listCount() + delta);
    }

    // The rows a page of the patient list holds, as the server cut it.
    function pageSize(rows) {
        return parseInt(rows.getAttribute("data-page-size"), 10) || 1;
    }

    // The count line, the caption's and the pager's page counts, all moved together. Only a first page follows changes live.
    function setListCount(rows, delta) {
        var count = document.getElementById("list-count");
        var pages = patientPagesAfter(rows, delta);
        var value = listCountAfter(delta);
        rows.setAttribute("data-total-pages", String(pages));
        if (count) {
            count.setAttribute("data-count", String(value));
            count.textContent = formatCount(value) + (value === 1 ? " patient" : " patients");
        }
        var caption = document.getElementById("patients-page-count");
        if (caption) {
            caption.textContent = String(pages);
        }
        var pager = document.querySelector("nav.pager > span");
        if (pager) {
            pager.textContent = "Page 1 of " + pages;
        }
    }

    // The name a patient's row shows, in its link to the patient.
    function shownName(row) {
        var link = row.querySelector("a");
        return link ? link.textContent : "";
    }

    // A change a list cannot show without changing what it means (a new patient anywhere, any change to a list that is
    // searched, sorted or past its first page) is offered instead: the note says how many changes are waiting, with a
    // link that shows them. False on a page without that note.
    var pending = {};
    function offerPending(noteId, singular, plural, href) {
        var note = document.getElementById(noteId);
        if (!note) {
            return false;
        }
        var count = (pending[noteId] || 0) + 1;
        pending[noteId] = count;
        note.textContent = count + " " + (count === 1 ? singular : plural) + " new or changed — ";
        var show = document.createElement("a");
        show.href = href;
        show.textContent = "show";
        note.appendChild(show);
        note.hidden = false;
        return true;
    }

    // The patient list is in the service's order, which Portal does not know (the contract fixes none), so a new patient
    // is never put into it: every view offers it, and the count line stays as loaded. On the plain first page
    // (data-live-follow) a change to a patient shown replaces its row and a removal takes it out and lowers the count;
    // a change of the name shown is offered like a new patient, as the order may be by name (the demo's is).
    function upsertPatient(kind, patient) {
        var rows = document.getElementById("patient-rows");
        var follows = rows && rows.getAttribute("data-live-follow") === "true";
        var existing = follows && rows.querySelector('tr[data-patient-id="' + CSS.escape(patient.id) + '"]');
        var renamed = existing && kind === "patient-updated" && shownName(existing) !== patient.name;
        // The plain list counts every patient of the practice, shown on this page or not.
        var delta = kind === "patient-deleted" ? -1 : 0;
        // A pager that would have to appear or go cannot be kept right here, nor a full page losing a row whose place the
        // next page's first row takes.
        var pagerChanges = follows && (patientPagesAfter(rows, delta) > 1) !== (patientPagesAfter(rows, 0) > 1);
        var leavesGap = existing && kind === "patient-deleted" && listCount() > rows.children.length;
        if (kind === "patient-created" || renamed || !follows || pagerChanges || leavesGap) {
            // From then on the page offers every change: its rows or count are no longer the service's.
            if (rows) {
                rows.setAttribute("data-live-follow", "false");
            }
            return offerPending("live-pending", "patient", "patients", window.location.href.split("#")[0]) ? "offered" : "";
        }
        if (kind === "patient-deleted") {
            if (existing) {
                rows.removeChild(existing);
            }
            setListCount(rows, -1);
            return;
        }
        if (!existing) {
            // A change to a patient on another page: nothing shown here changes.
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
        var born = document.createElement("td");
        born.appendChild(patient.dateOfBirth ? timeElement(patient.dateOfBirth) : document.createTextNode("\u2014"));
        row.appendChild(born);
        row.appendChild(cell(patient.phone));
        row.appendChild(cell(patient.email));
        localiseTimes(row);
        rows.replaceChild(row, existing);
        flash(row);
    }

    // The date a visit's row shows, as the ISO value of its <time> (sortable as text), or "" for an undated visit.
    function visitDate(row) {
        var time = row.querySelector("time[datetime]");
        return time ? time.getAttribute("datetime") : "";
    }

    // The row a new visit goes before, in the service's order (by date, newest first): the first that is older or undated.
    // An undated visit goes after every row.
    function visitPlace(rows, date) {
        if (!date) {
            return null;
        }
        return Array.prototype.find.call(rows.children, function (other) {
            var otherDate = visitDate(other);
            return otherDate === "" || otherDate < date;
        }) || null;
    }

    // A patient's visits: a visit of the patient on this page is replaced in its table wherever it is shown, and a new
    // one goes among the rows by its date (newest first, as the service orders them) while every visit fits on the
    // section's one page. Past that the rows are one page of many, and a row more would break the page's cap and its
    // count line: the change is offered with a link to the newest visits instead. Answers "shown" or "offered", or false
    // for a visit of no table here.
    function upsertEncounterRow(encounter) {
        var rows = document.getElementById("encounter-rows");
        if (!rows || rows.getAttribute("data-patient-id") !== encounter.patientId) {
            return false;
        }
        var existing = rows.querySelector('tr[data-encounter-id="' + CSS.escape(encounter.id) + '"]');
        var total = parseInt(rows.getAttribute("data-total"), 10) || 0;
        if (!existing && total >= (parseInt(rows.getAttribute("data-cap"), 10) || 0)) {
            var newest = new URL(rows.getAttribute("data-newest-link"), window.location.href);
            if (newest.href === window.location.href) {
                // A link to the very address shown would only scroll to the visits, not load them afresh.
                newest.hash = "";
            }
            offerPending("encounters-pending", "visit", "visits", newest.href);
            return "offered";
        }
        var row = document.createElement("tr");
        row.setAttribute("data-encounter-id", encounter.id);
        var date = document.createElement("td");
        var link = document.createElement("a");
        link.href = rows.getAttribute("data-encounter-link") + "/" + encodeURIComponent(encounter.id);
        if (encounter.date) {
            link.appendChild(timeElement(encounter.date));
        } else {
            link.textContent = "—";
        }
        date.appendChild(link);
        row.appendChild(date);
        row.appendChild(cell(encounter.type));
        row.appendChild(cell(encounter.provider));
        row.appendChild(cell(encounter.status));
        localiseTimes(row);
        if (existing) {
            rows.replaceChild(row, existing);
        } else {
            rows.insertBefore(row, visitPlace(rows, encounter.date && encounter.date.value));
            rows.setAttribute("data-total", String(total + 1));
        }
        var wrap = rows.closest(".table-wrap");
        var empty = document.getElementById("encounters-empty");
        if (wrap) {
            wrap.hidden = false;
        }
        if (empty) {
            empty.hidden = true;
        }
        flash(row);
        return "shown";
    }

    function setList(name, codes) {
        var list = document.querySelector('[data-encounter-list="' + name + '"]');
        if (!list) {
            return;
        }
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        codes.forEach(function (code) {
            var item = document.createElement("li");
            item.textContent = code;
            list.appendChild(item);
        });
        var empty = document.querySelector('[data-encounter-empty="' + name + '"]');
        if (empty) {
            empty.hidden = codes.length > 0;
        }
    }

    // The page of this very visit: every field is rewritten with what the service now says.
    function updateEncounterPage(encounter) {
        var page = document.getElementById("encounter");
        if (!page || page.getAttribute("data-encounter-id") !== encounter.id) {
            return false;
        }
        ["type", "provider", "status", "chiefComplaint", "notes"].forEach(function (field) {
            var element = page.querySelector('[data-encounter-field="' + field + '"]');
            if (element && element.textContent !== encounter[field]) {
                element.textContent = encounter[field];
                flash(element);
            }
        });
        Object.keys(encounter.vitals).forEach(function (vital) {
            var element = page.querySelector('[data-encounter-vital="' + vital + '"]');
            if (element && element.textContent !== encounter.vitals[vital]) {
                element.textContent = encounter.vitals[vital];
                flash(element);
            }
        });
        setList("diagnoses", encounter.diagnoses);
        setList("procedures", encounter.procedures);
        return true;
    }

    // A stream that drops is reopened by EventSource itself; one that is refused (Portal answered 503 because a
    // backend is down) is closed for good, so it is reopened here, waiting longer each time, with jitter so that many
    // open pages do not all come back at the same moment.
    var firstRetryMs = 1000;
    var longestRetryMs = 60000;
    var retryMs = firstRetryMs;
    var source;
    // Once changes may have been lost, that stays said until the reader refreshes; later news does not replace it.
    var interrupted = false;
    // Portal's streams carry no event ids and it keeps no history: a stream that is ready after any gap since the page was
    // rendered (a first stream refused or cut before its ready, EventSource reconnecting after a cut or the idle end, the
    // hand-over to another instance, a refused stream retried) has not been sent what was broadcast in between.
    var gapSinceRendered = false;

    function announceInterrupted() {
        announce("Live updates were interrupted — refresh to catch up.", { href: window.location.href.split("#")[0], text: "Refresh" });
    }

    function connect() {
        source = new EventSource(url);
        // "ready" comes once Portal's subscription to this practice is live, so no change after it is missed.
        source.addEventListener("ready", function () {
            retryMs = firstRetryMs;
            interrupted = interrupted || gapSinceRendered;
            if (interrupted) {
                announceInterrupted();
            } else {
                announce("Live updates are on.");
            }
        });
        source.addEventListener("error", function () {
            gapSinceRendered = true;
            if (source.readyState !== EventSource.CLOSED) {
                if (!interrupted) {
                    announce("Live updates are reconnecting…");
                }
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
        // The reader was removed from this practice: Portal sends nothing more of it.
        source.addEventListener("no-access", function () {
            source.close();
            announce("You no longer have access to this practice; live updates stopped.");
        });
        // Portal's subscription was interrupted and is back: what was broadcast meanwhile may be missing here.
        source.addEventListener("interrupted", function () {
            interrupted = true;
            announceInterrupted();
        });
        // The instance is shutting down: another one takes the stream, soon and not all pages at the same moment.
        source.addEventListener("reconnect", function () {
            gapSinceRendered = true;
            source.close();
            window.setTimeout(connect, Math.round(Math.random() * 1000));
        });
        source.addEventListener("message", onMessage);
    }

    // The HTPI services run without queue groups, so two replicas may broadcast one change twice: news this page has had
    // must not move a count, the list, the "new or changed" note or the recent activity once more. The page remembers
    // its latest news, the oldest forgotten past a bound: a patient or visit created or removed by its id; an update by
    // its id with what it carries, so a second, different change of the same patient counts (and so does a change back,
    // which differs from the latest); an activity by its id, or its whole content when it has none. Never the message's
    // timestamp, which Portal sets to when it received a broadcast that does not say. Figures are set, not counted, so a
    // repeated stats update is harmless and not remembered.
    var recentNewsLimit = 200;
    var recentNews = new Map();

    // The news a message is, as { key, content }, or null for a message that is not remembered.
    function newsOf(message) {
        if (message.activity) {
            return { key: "activity " + (message.activity.id || JSON.stringify(message.activity)), content: "" };
        }
        var entity = message.patient || message.encounter;
        if (!entity) {
            return null;
        }
        var once = message.kind === "patient-created" || message.kind === "patient-deleted" || message.kind === "encounter-created";
        return { key: message.kind + " " + entity.id, content: once ? "" : JSON.stringify(entity) };
    }

    function isRepeated(message) {
        var news = newsOf(message);
        if (!news) {
            return false;
        }
        var repeated = recentNews.get(news.key) === news.content;
        // Remembered afresh as the latest, so the oldest news is the one forgotten.
        recentNews.delete(news.key);
        recentNews.set(news.key, news.content);
        if (recentNews.size > recentNewsLimit) {
            recentNews.delete(recentNews.keys().next().value);
        }
        return repeated;
    }

    function onMessage(event) {
        var message;
        try {
            message = JSON.parse(event.data);
        } catch (e) {
            return;
        }
        if (isRepeated(message)) {
            return;
        }
        if (message.stats) {
            updateStats(message.stats);
        } else if (message.kind === "patient-created") {
            adjustStat("patients-total", 1);
            adjustStat("patients-new", 1);
        } else if (message.kind === "patient-deleted") {
            adjustStat("patients-total", -1);
        }
        if (message.activity) {
            addActivity(message.activity);
        }
        var patientOffered = message.patient && upsertPatient(message.kind, message.patient) === "offered";
        var encounterHandled = false;
        if (message.encounter) {
            encounterHandled = upsertEncounterRow(message.encounter) || (updateEncounterPage(message.encounter) && "shown");
        }
        if (interrupted) {
            return;
        }
        if (encounterHandled) {
            var created = message.kind === "encounter-created";
            var visit = (created ? "Visit recorded: " : "Visit updated: ") + message.encounter.type;
            // An offered visit is not on the page yet: the announcement says where it is, as the note above the visits does.
            if (encounterHandled === "offered") {
                visit += created ? " — show the newest visits to see it." : " — it is not among the visits shown.";
            }
            announce(visit);
            return;
        }
        if (message.patient) {
            // An offered change is not on the page yet: the announcement says where it is, as the note above the list does.
            announce((message.kind === "patient-deleted" ? "Patient removed: " : "Patient list updated: ") + message.patient.name
                + (patientOffered ? " — show the list's changes to see it." : ""));
        } else if (message.summary) {
            announce(message.summary);
        }
    }

    connect();
})();
