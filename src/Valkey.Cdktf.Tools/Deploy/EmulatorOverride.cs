using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// The Terraform override file for a configuration deployed into the emulator: fake static
/// credentials and the skip flags, the provider version the rehearsal runs, and a backend pointed
/// at the emulator's S3 (an S3 backend keeps its bucket, key, region, encryption and locking) or
/// left as it is (a local one). The provider's endpoint is <see cref="EndpointVariable"/> in the
/// provider process's environment, not an <c>endpoints</c> block: with any <c>endpoints</c> block,
/// hashicorp/aws 5.100.0 spends about 3.5 s of CPU configuring itself on every terraform command
/// (408 against 62 clock ticks of the provider process for one plan, measured with /proc/PID/stat),
/// which made a deploy cycle about 40 s longer; the AWS SDK for Go v2 the provider is built on reads
/// the variable for every service (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
/// </summary>
internal static class EmulatorOverride
{
    /// <summary>The override file's name: Terraform reads <c>*_override.tf.json</c> after the configuration and merges it in.</summary>
    public const string FileName = "zz_emulator_override.tf.json";

    /// <summary>The variable that sends every AWS SDK call of the provider to the emulator.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL";

    /// <summary>Fake credentials: moto accepts any; they are not a secret.</summary>
    public const string AccessKey = "AKIAREHEARSALNOTREAL";

    private const string SecretKey = "rehearsal-emulator-not-a-secret";

    /// <summary>The provider block's settings (for an HCL root without a provider block, written as a file of its own).</summary>
    public static JsonObject Provider() => new()
    {
        ["access_key"] = AccessKey,
        ["secret_key"] = SecretKey,
        ["skip_credentials_validation"] = true,
        ["skip_requesting_account_id"] = true,
        ["skip_metadata_api_check"] = true,
        ["skip_region_validation"] = true,
        ["s3_use_path_style"] = true,
        // An API the emulator lacks answers HTTP 500, which the provider would retry for minutes.
        ["max_retries"] = 1,
    };

    /// <summary>
    /// The override for a synthesized stack: the provider, its version, and the backend
    /// (<paramref name="stack"/>'s own S3 backend pointed at the emulator's <paramref name="endpoint"/>;
    /// a local backend is kept as it is: Terraform itself reads and writes it).
    /// </summary>
    public static JsonObject ForStack(JsonNode stack, string endpoint, Version provider)
    {
        var terraform = new JsonObject
        {
            ["required_providers"] = new JsonObject { ["aws"] = new JsonObject { ["source"] = "hashicorp/aws", ["version"] = provider.ToString() } },
        };
        if (stack["terraform"]?["backend"]?["s3"] is JsonObject s3)
        {
            // An override's backend block replaces the original's whole: restate the stack's settings.
            var backend = (JsonObject)s3.DeepClone();
            backend["access_key"] = AccessKey;
            backend["secret_key"] = SecretKey;
            backend["skip_credentials_validation"] = true;
            backend["skip_requesting_account_id"] = true;
            backend["skip_metadata_api_check"] = true;
            backend["skip_region_validation"] = true;
            backend["use_path_style"] = true;
            backend["endpoints"] = new JsonObject { ["s3"] = endpoint, ["sts"] = endpoint, ["dynamodb"] = endpoint, ["iam"] = endpoint };
            terraform["backend"] = new JsonObject { ["s3"] = backend };
        }
        return new JsonObject { ["terraform"] = terraform, ["provider"] = new JsonObject { ["aws"] = Provider() } };
    }

    /// <summary>Whether <paramref name="provider"/> defaults auth_token_update_strategy to ROTATE (5.x; 6.0 removed the default, hashicorp/terraform-provider-aws#42336).</summary>
    public static bool ProviderDefaultsTokenStrategy(Version provider) => provider.Major < 6;
}
