using System.Text.Encodings.Web;
using System.Text.Unicode;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;
using Portal.Web.Pages.Patients;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>The patient list's rows are written by C# (<see cref="PatientRows"/>): every value in them is encoded as Razor encoded it.</summary>
public sealed class PatientRowsTests
{
    private static readonly HtmlEncoder PortalEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public void Every_value_of_a_row_is_encoded()
    {
        var patient = new Patient(
            new PatientId("p-1"), "P<1>", "<script>", "O'Brien & Söhne", new DateOnly(1980, 5, 17), "female", "+1 555 0100",
            "a&b@example.com", PostalAddress.Unknown, 0, new TenantId("tenant-1"), null);
        using var written = new StringWriter();

        new PatientRows("a\"b<c>&'d", insertsLive: false, [patient]).WriteTo(written, PortalEncoder);

        Assert.Equal(
            "<tbody id=\"patient-rows\" data-tenant-link=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d/patients\" data-live-insert=\"false\">\n" +
            "                    <tr data-patient-id=\"p-1\">\n" +
            "                        <td>P&lt;1&gt;</td>\n" +
            "                        <td><a href=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d/patients/p-1\">&lt;script&gt; O&#x27;Brien &amp; Söhne</a></td>\n" +
            "                        <td><time datetime=\"1980-05-17\" data-local=\"date\">17 May 1980</time></td>\n" +
            "                        <td>&#x2B;1 555 0100</td>\n" +
            "                        <td>a&amp;b@example.com</td>\n" +
            "                    </tr>\n" +
            "            </tbody>",
            written.ToString());
    }
}
