using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Portal.Application.Common.Exceptions;
using Portal.Web.Errors;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// A page with a form. A validator's messages go beside the fields (kept in ModelState under the request's property
/// names), a backend's reasoned refusal, a refusal of the caller's role and a backend that is busy or does not answer
/// above the form; either way the form is shown again with what was typed (<see cref="ShowFormAgainAsync"/>), so that a
/// long reply is not lost to an outage.
/// </summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>The prefix of the hidden inputs that say what a form showed of each stored value (<c>_Shown.cshtml</c>).</summary>
    public const string ShownPrefix = "shown.";

    /// <summary>The refusal of a form that held a value none of its inputs offers: only a hand-made post does.</summary>
    public const string UnofferedValueRefusal = "The form held a value it does not offer, so nothing was saved. Please check it and send it again.";

    /// <summary>Set when the backend did not answer the form in time: it may have applied it all the same.</summary>
    private bool sentMayHaveArrived;

    /// <summary>The refusal shown above the form, or null.</summary>
    public string? Rejection { get; private set; }

    /// <summary>What the user's last action did ("Patient Ada Lovelace added."), shown at the top of the page, or null.</summary>
    public string? Notice { get; protected set; }

    /// <summary>The messages for one field, for showing beside it.</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public bool HasErrors(string field) => ErrorsFor(field).Any();

    /// <summary>
    /// The messages shown beside <paramref name="fields"/> (the form's field names, in the order the form shows them), for
    /// the error summary at the top of the form (<c>_ErrorSummary.cshtml</c>); empty unless one of them was refused.
    /// </summary>
    public IReadOnlyList<FieldMessage> ErrorSummary(params IEnumerable<string> fields) =>
        [.. fields.SelectMany(field => ErrorsFor(field).Select(message => new FieldMessage(field, message)))];

    /// <summary>
    /// What the form shows of <paramref name="field"/>'s stored value, for its hidden <see cref="ShownPrefix"/> input: the
    /// stored value on a page load, and what the refused post said was shown when the form comes back with the reader's
    /// entries, so that the next save still compares against what the reader first saw.
    /// </summary>
    public string Shown(string field, string? stored) =>
        Request.HasFormContentType && Request.Form.TryGetValue(ShownPrefix + field, out var shown) ? First(shown) : stored ?? string.Empty;

    /// <summary>
    /// A yes/no value as <see cref="Shown(string, string?)"/> writes it: "true" or "false" for a tick box, empty for a value
    /// the backend did not state, which the form offers as a <see cref="FlagChoice"/> (<see cref="YesNo"/>).
    /// </summary>
    public static string Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => string.Empty,
    };

    /// <summary>
    /// Whether the form showed <paramref name="field"/> as not stated by the backend (its <see cref="Shown(string, string?)"/>
    /// is empty): then it offers to leave it so, also when it comes back refused with the reader's choice.
    /// </summary>
    public bool ShowedUnstated(string field, string? stored) => Shown(field, stored).Length == 0;

    /// <summary>A field of this page's form with its messages.</summary>
    public FormField Field(string name, string label, string? value, int maxLength, string type = "text", bool required = true, string autoComplete = "off") =>
        new(name, label, value, ErrorsFor(name).ToArray(), maxLength, type, required, autoComplete);

    /// <summary>A tick box of this page's form with its messages.</summary>
    public TickBox Box(string name, string label, bool ticked) => new(name, label, ticked, ErrorsFor(name).ToArray());

    /// <summary>
    /// A yes/no value of this page's form with its messages: a tick box when the form showed it stated, else a choice of
    /// <paramref name="yes"/> and <paramref name="no"/> that also offers to leave it (also when it comes back refused with
    /// the reader's choice). <paramref name="mustChoose"/> makes it a choice without that offer, whatever the form showed.
    /// </summary>
    public YesNoField YesNo(string name, string label, bool? value, bool? stored, string yes, string no, bool mustChoose = false) =>
        mustChoose || ShowedUnstated(name, Flag(stored))
            ? new(null, new FlagChoice(name, label, value, yes, no, ErrorsFor(name).ToArray()) { Leavable = !mustChoose })
            : new(Box(name, label, value == true), null);

    /// <summary>
    /// Sends the form's command and returns its answer, or null when the validator, the role rule or the backend refused
    /// it, or the backend was busy or did not answer; the messages are then shown and the answer is 400, 403 for a role
    /// that may not do this, or 503.
    /// </summary>
    protected async Task<T?> SubmitAsync<T>(Func<Task<T>> send)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(send);
        if (ModelState.ErrorCount > 0)
        {
            // A value no input of the form offers (a tick box sent as "banana") binds as its type's default: refused before
            // anything is sent, rather than saved as that default.
            Reject(UnofferedValueRefusal, StatusCodes.Status400BadRequest);
            return null;
        }

        try
        {
            return await send();
        }
        catch (RequestValidationException invalid)
        {
            ShowErrors(invalid);
        }
        catch (RequestRejectedException rejected) when (rejected.FieldErrors.Count > 0)
        {
            ShowFieldErrors(rejected);
        }
        catch (RequestRejectedException rejected)
        {
            Reject(rejected.Message, StatusCodes.Status400BadRequest);
        }
        catch (ActionNotPermittedException refused)
        {
            Reject(refused.Message, StatusCodes.Status403Forbidden);
        }
        catch (BackendBusyException busy)
        {
            // A busy backend refused the call before doing anything.
            Reject(ExceptionMap.BusyMessage(busy.Area, busy.RetryAfter) + " Nothing was saved; what you entered is below.", StatusCodes.Status503ServiceUnavailable);
            Response.Headers.RetryAfter = ExceptionMap.RetryAfterHeader(busy.RetryAfter);
        }
        catch (BackendUnavailableException unavailable)
        {
            // Down or switched off, nothing was applied; but a call that timed out may have been: say both rather than invite a duplicate.
            sentMayHaveArrived = true;
            Reject(
                ExceptionMap.UnavailableMessage(unavailable.Area) + " If it only answered too late, this may have been saved all the same: check before sending it again.",
                StatusCodes.Status503ServiceUnavailable);
        }

        return null;
    }

    /// <summary>
    /// The text to save for <paramref name="field"/>: what the reader entered where it differs from what the form showed
    /// them, else <paramref name="stored"/>, the value the backend holds now. A colleague's save made while this form was
    /// open is then not undone by a form that still showed the old value, and a field a post leaves out is kept, not
    /// blanked.
    /// </summary>
    protected string Merge(string field, string stored)
    {
        var form = Request.Form;
        if (!form.TryGetValue(field, out var entered))
        {
            return stored;
        }

        var text = First(entered);
        return form.TryGetValue(ShownPrefix + field, out var shown) && AsSent(First(shown)) == AsSent(text) ? stored : text;
    }

    /// <summary>The first of a field's values, as model binding reads a field sent twice, so the page and the save agree.</summary>
    private static string First(StringValues values) => values.Count > 0 ? values[0] ?? string.Empty : string.Empty;

    /// <summary>
    /// <see cref="Merge(string, string)"/> for a text the backend may not have stated (null), offered with an empty answer
    /// that leaves it so (<see cref="FlagChoice.LeaveAsItIs"/>): left so, it stays null and is not sent; once the backend
    /// states it, it is merged as any text.
    /// </summary>
    protected string? MergeStated(string field, string? stored)
    {
        var merged = Merge(field, stored ?? string.Empty);
        return stored is null && merged.Length == 0 ? null : merged;
    }

    /// <summary>
    /// A one-line field's value as a browser sends it back (line breaks dropped; an e-mail field trimmed) and as Portal
    /// saves it (trimmed): a stored value the browser changed that way is no change of the reader's.
    /// </summary>
    private static string AsSent(string value) => value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>
    /// <see cref="Merge(string, string)"/> for a yes/no value, <paramref name="entered"/> as model binding read it (so
    /// "True" or " true " is yes, as it is for the page, and a value binding cannot read is refused before this). A tick
    /// box sends nothing when unticked: a box the post leaves out counts as unticked only when the form also said what it
    /// showed. A <see cref="FlagChoice"/> (shown as not stated) saves only a yes or no the reader chose; left as it was, it
    /// keeps <paramref name="stored"/>, so a value the backend still does not state stays null and is not sent.
    /// </summary>
    protected bool? Merge(string field, bool? entered, bool? stored)
    {
        if (!Request.Form.TryGetValue(ShownPrefix + field, out var shown) || First(shown).Length == 0)
        {
            return entered ?? stored;
        }

        var ticked = entered == true;
        return ticked == string.Equals(First(shown), Flag(true), StringComparison.Ordinal) ? stored : ticked;
    }

    /// <summary>
    /// The form again after <see cref="SubmitAsync"/> refused it: what was typed stays, <paramref name="reload"/> reads the
    /// rest of the page afresh, and the refusal's status (400, 403, 404) stays the answer's.
    /// </summary>
    protected async Task<IActionResult> ShowFormAgainAsync(Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        var status = Response.StatusCode;
        try
        {
            await reload();
        }
        catch (BackendUnavailableException unavailable) when (status == StatusCodes.Status503ServiceUnavailable && Rejection is not null)
        {
            // The area that did not take the form cannot show its page either: the error page keeps what was entered.
            throw new FormNotSentException(Rejection, Entries(), sentMayHaveArrived, unavailable);
        }

        Response.StatusCode = status;
        return Page();
    }

    /// <summary>What the reader filled in: the posted fields but the CSRF token and what the form showed.</summary>
    private KeyValuePair<string, string>[] Entries() =>
        [.. Request.Form
            .Where(field => field.Key != CsrfTokens.FieldName && !field.Key.StartsWith(ShownPrefix, StringComparison.Ordinal))
            .Select(field => KeyValuePair.Create(field.Key, field.Value.ToString()))
            .Where(field => field.Value.Trim().Length > 0)];

    /// <summary>
    /// The form's field names as the backend spells them (snake_case, for example <c>title</c>) mapped to the form's own
    /// (<c>Title</c>): a backend's field errors for these go beside the fields, any others above the form.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> BackendFieldNames { get; } = new Dictionary<string, string>();

    /// <summary>A backend's refusal of named inputs: each message beside its field where the form has it; the answer is 400.</summary>
    private void ShowFieldErrors(RequestRejectedException rejected)
    {
        ModelState.Clear();
        var elsewhere = new List<string>();
        foreach (var (field, messages) in rejected.FieldErrors)
        {
            if (BackendFieldNames.TryGetValue(field, out var formField))
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(formField, message);
                }
            }
            else
            {
                elsewhere.AddRange(messages);
            }
        }

        Reject(elsewhere.Count > 0 ? string.Join(" ", elsewhere) : "Please correct the marked fields.", StatusCodes.Status400BadRequest);
    }

    /// <summary>Puts a validator's messages beside the form's fields, replacing any there were; the answer is 400.</summary>
    protected void ShowErrors(RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>Shows <paramref name="message"/> above the form and answers <paramref name="statusCode"/>.</summary>
    protected void Reject(string message, int statusCode)
    {
        Rejection = message;
        Response.StatusCode = statusCode;
    }
}
