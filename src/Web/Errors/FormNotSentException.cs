namespace Portal.Web.Errors;

/// <summary>
/// A form a backend did not take, whose page cannot be shown again either (the same backend area is down): the error page
/// says so and shows what the reader entered, so that a long reply is not lost with the page.
/// </summary>
public sealed class FormNotSentException : Exception
{
    public FormNotSentException(string message, IReadOnlyList<KeyValuePair<string, string>> entries, bool mayHaveArrived, Exception innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        MayHaveArrived = mayHaveArrived;
    }

    /// <summary>The backend did not answer in time, so it may have applied the form all the same; a busy one did not.</summary>
    public bool MayHaveArrived { get; }

    /// <summary>The form's fields the reader filled in, by field name, in the form's order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }
}
