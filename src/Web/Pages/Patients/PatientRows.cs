using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Domain.Patients;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// The patient list's table body, written by C# straight into the page's output when it is sent, as the list controls
/// are: the same bytes the Razor loop wrote, every value encoded with the page's encoder. In Razor each of the 25 rows
/// cost about twenty buffered writes, four attributes through Razor's attribute machinery, the full name and the
/// encoded phone number as new strings and a date element object.
/// </summary>
internal sealed class PatientRows(string tenantId, bool insertsLive, IReadOnlyList<Patient> patients) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write("<tbody id=\"patient-rows\" data-tenant-link=\"/t/");
        encoder.Encode(writer, tenantId);
        writer.Write(insertsLive ? "/patients\" data-live-insert=\"true\">\n" : "/patients\" data-live-insert=\"false\">\n");
        foreach (var patient in patients)
        {
            writer.Write("                    <tr data-patient-id=\"");
            encoder.Encode(writer, patient.Id.Value);
            writer.Write("\">\n                        <td>");
            encoder.Encode(writer, patient.PatientNumber);
            writer.Write("</td>\n                        <td><a href=\"/t/");
            encoder.Encode(writer, tenantId);
            writer.Write("/patients/");
            encoder.Encode(writer, patient.Id.Value);
            writer.Write("\">");
            encoder.Encode(writer, patient.FirstName);
            writer.Write(' ');
            encoder.Encode(writer, patient.LastName);
            writer.Write("</a></td>\n                        <td>");
            TimeElement.WriteDate(writer, encoder, patient.DateOfBirth);
            writer.Write("</td>\n                        <td>");
            encoder.Encode(writer, patient.Phone);
            writer.Write("</td>\n                        <td>");
            encoder.Encode(writer, patient.Email);
            writer.Write("</td>\n                    </tr>\n");
        }

        writer.Write("            </tbody>");
    }
}
