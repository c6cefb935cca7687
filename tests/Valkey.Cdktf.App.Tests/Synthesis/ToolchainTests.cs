using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// The two toolchains (docs/cdk-terrain.md): their accepted syntheses of every environment and example are the same
/// infrastructure but for the named differences, and on CDK Terrain the AUTH token and the passwords are ephemeral and
/// write-only. Each toolchain's snapshot tests compare its own synthesis with its accepted files, so together these show
/// both toolchains' stacks equal.
/// </summary>
public sealed class ToolchainTests
{
    private const string SecretVersion = "aws_secretsmanager_secret_version";

    /// <summary>
    /// A synthesis without what may differ, in a form both toolchains share: no CDK version in the metadata, no provider
    /// source or version; each secret read (a data source on CDKTF, an ephemeral resource on CDK Terrain) under
    /// <c>secret_reads</c>; the token and the passwords as the names of the reads they come from, without the write-only
    /// versions; and without the token's precondition, which CDK Terrain cannot have (an ephemeral value may not go there).
    /// Anything else that differs stays, and fails the comparison.
    /// </summary>
    private static JsonNode Normalized(string path, bool cdktn)
    {
        var stack = JsonNode.Parse(File.ReadAllText(path))!;
        stack["//"]!["metadata"]!.AsObject().Remove("version");
        stack["terraform"]!["required_providers"]!["aws"]!.AsObject().Remove("source");
        stack["terraform"]!["required_providers"]!["aws"]!.AsObject().Remove("version");
        var block = cdktn ? "ephemeral" : "data";
        if (stack[block]?[SecretVersion] is JsonObject reads)
        {
            stack[block]!.AsObject().Remove(SecretVersion);
            if (stack[block]!.AsObject().Count == 0) stack.AsObject().Remove(block);
            stack["secret_reads"] = reads.DeepClone();
        }
        string Read(JsonNode? reference) =>
            reference!.GetValue<string>().Replace($"${{{block}.{SecretVersion}.", "", StringComparison.Ordinal).Replace(".secret_string}", "", StringComparison.Ordinal);
        foreach (var rg in Resources(stack, "aws_elasticache_replication_group"))
        {
            if (rg[cdktn ? "auth_token_wo" : "auth_token"] is { } token)
            {
                rg["token_read"] = Read(token);
                rg.Remove("auth_token_wo");
                rg.Remove("auth_token");
                rg.Remove("auth_token_wo_version");
                rg["lifecycle"]!.AsObject().Remove("precondition");
            }
        }
        foreach (var user in Resources(stack, "aws_elasticache_user"))
        {
            if (cdktn && user["passwords_wo"] is { } password)
            {
                user["password_reads"] = new JsonArray(Read(password));
                user.Remove("passwords_wo");
                user.Remove("passwords_wo_version");
            }
            else if (!cdktn && user["authentication_mode"]?["type"]?.GetValue<string>() == "password")
            {
                user["password_reads"] = new JsonArray([.. user["authentication_mode"]!["passwords"]!.AsArray().Select(p => (JsonNode)Read(p))]);
                user.Remove("authentication_mode");
            }
        }
        return stack;
    }

    private static IEnumerable<JsonObject> Resources(JsonNode stack, string type) =>
        stack["resource"]?[type]?.AsObject().Select(r => r.Value!.AsObject()) ?? [];

    private static readonly string[] Folders = ["", "examples", Path.Combine("examples", RepoPaths.GlobalDatastoreFolder)];

    public static TheoryData<string> AcceptedPairs() =>
        [.. Folders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepoPaths.AcceptedCdktf, folder), "*.cdk.tf.json")
            .Select(f => Path.Combine(folder, Path.GetFileName(f)))).Order(StringComparer.Ordinal)];

    [Fact]
    public void Both_toolchains_have_accepted_the_same_environments_and_examples()
    {
        foreach (var folder in Folders)
        {
            var cdktf = Directory.GetFiles(Path.Combine(RepoPaths.AcceptedCdktf, folder), "*.cdk.tf.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(cdktf);
            Assert.Equal(cdktf, Directory.GetFiles(Path.Combine(RepoPaths.AcceptedCdktn, folder), "*.cdk.tf.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(AcceptedPairs))]
    public void Both_toolchains_accepted_syntheses_are_equal_but_for_the_named_differences(string name)
    {
        var cdktf = Path.Combine(RepoPaths.AcceptedCdktf, name);
        var cdktn = Path.Combine(RepoPaths.AcceptedCdktn, name);

        Assert.True(File.Exists(cdktn), $"{cdktn}: missing; run VALKEY_TOOLCHAIN=cdktn ./build.sh snapshots");
        var (left, right) = (Normalized(cdktf, cdktn: false), Normalized(cdktn, cdktn: true));
        Assert.True(JsonNode.DeepEquals(left, right), $"{name}: the toolchains differ beyond the named differences:{Environment.NewLine}" +
            TextDiff.Unified(left.ToJsonString(Indented), right.ToJsonString(Indented), $"accepted/{name} (normalized)", $"accepted/cdktn/{name} (normalized)"));
        Assert.Equal("6.25.0", JsonNode.Parse(File.ReadAllText(cdktf))!["terraform"]!["required_providers"]!["aws"]!["version"]!.GetValue<string>());
        var pinned = JsonNode.Parse(File.ReadAllText(cdktn))!["terraform"]!["required_providers"]!["aws"]!;
        Assert.Equal(("hashicorp/aws", "6.66.0"), (pinned["source"]!.GetValue<string>(), pinned["version"]!.GetValue<string>()));
        // CDK Terrain's stacks read no secret into state.
        var raw = JsonNode.Parse(File.ReadAllText(cdktn))!;
        Assert.Null(raw["data"]?[SecretVersion]);
        Assert.DoesNotContain(Resources(raw, "aws_elasticache_replication_group"), rg => rg["auth_token"] is not null);
        Assert.DoesNotContain(Resources(raw, "aws_elasticache_user"), u => u["authentication_mode"]?["passwords"] is not null);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void The_auth_token_goes_the_toolchains_way_and_the_report_says_whether_a_secret_reaches_state()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!;
        file["variables"]!["transit_encryption_enabled"] = true;
        file["variables"]!["auth_token_secret_id"] = "valkey/hml/auth-token";
        var environment = EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Environments.Single();
        using var work = new TempDir();

        var stack = Synthesizer.Synthesize([environment], work.Path).Single().Json;
        var rg = stack["resource"]!["aws_elasticache_replication_group"]!["valkey"]!;
        var summary = Valkey.Cdktf.App.Compliance.EnvironmentSummary.Of(environment, stack,
            Valkey.Cdktf.App.Compliance.ComplianceReport.Evaluate("hml", stack, environment.Compliance));

#if CDKTN
        Assert.NotNull(stack["ephemeral"]?["aws_secretsmanager_secret_version"]?["valkey_auth_token"]);
        Assert.Null(stack["data"]?["aws_secretsmanager_secret_version"]);
        Assert.Null(rg["auth_token"]);
        Assert.Equal("${ephemeral.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token_wo"]!.GetValue<string>());
        Assert.Equal(1, rg["auth_token_wo_version"]!.GetValue<int>());
        Assert.False(summary.SecretsInState);
#else
        Assert.NotNull(stack["data"]?["aws_secretsmanager_secret_version"]?["valkey_auth_token"]);
        Assert.Null(stack["ephemeral"]);
        Assert.Equal("${data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token"]!.GetValue<string>());
        Assert.Null(rg["auth_token_wo"]);
        Assert.True(summary.SecretsInState);
#endif
    }
}
