using System.Text.RegularExpressions;

namespace Valkey.Cdktf;

/// <summary>The shapes of the ids and names the rules check, each with what its messages expect: defined once.</summary>
internal static partial class Identifiers
{
    /// <summary>What a security group id looks like, in messages.</summary>
    public const string SecurityGroupIdExpected = "a security group id: sg- followed by lower-case hex digits";

    /// <summary>What a Terraform name looks like, in messages.</summary>
    public const string TerraformNameExpected = "a Terraform name: a letter or _ first, then letters, digits, _ and -";

    /// <summary>
    /// The text CDKTF reserves for its tokens (<c>${TfToken[…]}</c>, <c>#{TfToken[…]}</c>, <c>&amp;{TfToken[…]}</c>):
    /// CDKTF replaces such text in any string with another value, whatever the escaping.
    /// </summary>
    public const string TokenMarker = "TfToken[";

    /// <summary>What a text must not hold, in messages.</summary>
    public const string TokenMarkerExpected = "text without \"" + TokenMarker + "\", which CDK for Terraform reserves for its own values";

    /// <summary>
    /// What ElastiCache accepts as an AUTH token, as a regular expression (RE2 and .NET alike): 16 to 128 printable
    /// characters, the only non-alphanumerics <c>! &amp; # $ ^ &lt; &gt; -</c>
    /// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html). Checked at plan time by a precondition on the
    /// replication group, since the token is read from Secrets Manager then.
    /// </summary>
    public const string AuthTokenPattern = "^[A-Za-z0-9!&#$^<>-]{16,128}$";

    /// <summary>The precondition's condition for the token read by data source <paramref name="dataAddress"/> (<c>data.…</c>).</summary>
    public static string AuthTokenCondition(string dataAddress) => $"${{can(regex(\"{AuthTokenPattern}\", {dataAddress}.secret_string))}}";

    [GeneratedRegex("^sg-[0-9a-f]+$")] private static partial Regex SecurityGroupId();
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")] private static partial Regex TerraformName();

    /// <summary>Whether <paramref name="value"/> is a security group id (<c>sg-</c> and lower-case hex digits).</summary>
    public static bool IsSecurityGroupId(string value) => SecurityGroupId().IsMatch(value);

    /// <summary>Whether <paramref name="value"/> can name a Terraform resource or module.</summary>
    public static bool IsTerraformName(string value) => TerraformName().IsMatch(value);

    /// <summary>Whether <paramref name="value"/> holds CDKTF's token marker.</summary>
    public static bool HasTokenMarker(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains(TokenMarker, StringComparison.Ordinal);
    }
}
