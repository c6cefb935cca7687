using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>
/// The matrix of bad environment files: each gives exit code 1, a message naming the file and
/// the offending key, and leaves a previous cdktf.out exactly as it was.
/// </summary>
public sealed class BadEnvironmentFileTests
{
    /// <summary>A valid file (the hml example plus every optional variable) to break one way at a time.</summary>
    internal static JsonObject ValidFile() => JsonNode.Parse("""
        {
          "aws_region": "us-east-1",
          "variables": {
            "prefix": "pbet",
            "project_name": "plataforma-bet",
            "vpc_id": "vpc-12345",
            "private_subnet_ids": ["subnet-12345", "subnet-67890"],
            "ecs_security_group_id": "sg-12345",
            "environment": "hml",
            "node_type": "cache.t3.micro",
            "num_cache_nodes": 2,
            "engine_version": "8.0",
            "port": 6379,
            "parameter_group_name": "default.valkey8",
            "at_rest_encryption_enabled": true,
            "transit_encryption_enabled": false,
            "maintenance_window": "sun:03:00-sun:04:00",
            "snapshot_retention_limit": 7,
            "snapshot_window": "02:00-03:00",
            "tags": { "Environment": "homolog", "Project": "pbet" }
          }
        }
        """)!.AsObject();

    private static Func<string> Vars(Action<JsonObject> change) => () =>
    {
        var file = ValidFile();
        change(file["variables"]!.AsObject());
        return file.ToJsonString();
    };

    private static Func<string> Root(Action<JsonObject> change) => () =>
    {
        var file = ValidFile();
        change(file);
        return file.ToJsonString();
    };

    private static Func<string> Text(string text) => () => text;

    /// <summary>
    /// Case id → (file text, text the message must contain: the key path, or the JSON position). The reading of a file:
    /// JSON, kinds, unknown and missing keys, the environment's own rules; the cache's rules only as far as they show
    /// that a library problem reaches the file under <c>variables.</c> (the rules themselves: the library's
    /// <c>CacheRuleTableTests</c>).
    /// </summary>
    private static readonly Dictionary<string, (Func<string> File, string Names)> Cases = new()
    {
        ["malformed: trailing comma"] = (Text("{ \"aws_region\": \"us-east-1\", }"), "line 1, column 30: got malformed JSON"),
        ["malformed: unclosed object"] = (Text("{\n  \"aws_region\": \"us-east-1\",\n  \"variables\": {\n"), "line 4"),
        ["malformed: empty file"] = (Text(""), "got an empty file"),
        ["malformed: blank file"] = (Text("  \n"), "got an empty file"),
        ["malformed: a comment"] = (Text("{\n  // homolog\n  \"aws_region\": \"us-east-1\"\n}"), "line 2, column 3: got a comment; expected JSON without comments"),
        ["aws_region misspelled"] = (Root(f => f["aws_region"] = "us-esat-1"), "did you mean `us-east-1`?"),
        ["engine_version not offered"] = (Vars(v => v["engine_version"] = "9.9"), "expected a Valkey version ElastiCache offers: 7.2, 8.0, 8.1, 8.2, 9.0, 9.1"),
        // Enum settings (AuthTokenUpdateStrategy, TransitEncryptionMode): the reader refuses any other spelling, case included.
        ["auth_token_update_strategy not a strategy"] = (Vars(v => v["auth_token_update_strategy"] = "rotate"),
            "variables.auth_token_update_strategy: got \"rotate\"; expected SET, ROTATE or DELETE"),
        ["transit_encryption_mode not a mode"] = (Vars(v => v["transit_encryption_mode"] = "optional"),
            "variables.transit_encryption_mode: got \"optional\"; expected preferred or required"),
        ["a 100,000-character value"] = (Vars(v => v["project_name"] = new string((char)0x00e3, 100_000)), "… (100000 characters)"),
        ["acknowledgement with a blank reason"] = (Root(f => f["acknowledged_replacements"] = JsonNode.Parse("""[{"resource":"aws_elasticache_replication_group.valkey","attribute":"port","to":6380,"reason":"  "}]""")), "acknowledged_replacements[0].reason: got \"  \""),
        ["malformed: single quotes"] = (Text("{ 'aws_region': 'us-east-1' }"), "line 1, column 3"),
        ["root is an array"] = (Text("[]"), "(root)"),
        ["unknown key: aws_regoin"] = (Root(f => { f.Remove("aws_region"); f["aws_regoin"] = "us-east-1"; }), "did you mean `aws_region`"),
        ["unknown key: node_typ"] = (Vars(v => { v.Remove("node_type"); v["node_typ"] = "cache.t3.small"; }), "variables.node_typ"),
        ["unknown key: num_cache_node"] = (Vars(v => v["num_cache_node"] = 3), "did you mean `num_cache_nodes`"),
        ["unknown key: unrelated"] = (Vars(v => v["colour"] = "blue"), "variables.colour"),
        ["duplicate key"] = (Text(ValidFile().ToJsonString().Replace("\"port\":6379", "\"port\":6379,\"port\":6380", StringComparison.Ordinal)), "variables.port"),
        ["missing aws_region"] = (Root(f => f.Remove("aws_region")), "aws_region"),
        ["missing variables"] = (Root(f => f.Remove("variables")), "variables"),
        ["missing prefix"] = (Vars(v => v.Remove("prefix")), "variables.prefix"),
        ["missing private_subnet_ids"] = (Vars(v => v.Remove("private_subnet_ids")), "variables.private_subnet_ids"),
        ["missing ecs_security_group_id"] = (Vars(v => v.Remove("ecs_security_group_id")), "variables.ecs_security_group_id"),
        ["null environment"] = (Vars(v => v["environment"] = null), "variables.environment"),
        ["type: num_cache_nodes as string"] = (Vars(v => v["num_cache_nodes"] = "2"), "variables.num_cache_nodes"),
        ["type: num_cache_nodes fractional"] = (Vars(v => v["num_cache_nodes"] = 2.5), "variables.num_cache_nodes"),
        ["type: port as string"] = (Vars(v => v["port"] = "6379"), "variables.port"),
        ["type: at_rest_encryption_enabled as string"] = (Vars(v => v["at_rest_encryption_enabled"] = "true"), "variables.at_rest_encryption_enabled"),
        ["type: transit_encryption_enabled as number"] = (Vars(v => v["transit_encryption_enabled"] = 1), "variables.transit_encryption_enabled"),
        ["type: private_subnet_ids as string"] = (Vars(v => v["private_subnet_ids"] = "subnet-12345"), "variables.private_subnet_ids"),
        ["type: private_subnet_ids item a number"] = (Vars(v => v["private_subnet_ids"] = new JsonArray("subnet-12345", 67890)), "variables.private_subnet_ids[1]"),
        ["type: tags as list"] = (Vars(v => v["tags"] = new JsonArray("Environment")), "variables.tags"),
        ["type: tag value a number"] = (Vars(v => v["tags"]!["Cost"] = 12), "variables.tags.Cost"),
        ["aws_region malformed"] = (Root(f => f["aws_region"] = "useast1"), "aws_region"),
        ["backend local and s3"] = (Root(f => f["backend"] = JsonNode.Parse("""{"local":{"path":"x.tfstate"},"s3":{"bucket":"b","key":"k","region":"us-east-1"}}""")), "backend"),
        ["backend s3 without bucket"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"key":"k","region":"us-east-1"}}""")), "backend.s3.bucket"),
        ["backend s3 encrypt as string"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b","key":"k","region":"us-east-1","encrypt":"yes"}}""")), "backend.s3.encrypt"),
        ["backend s3 bucket name"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"My_Bucket","key":"k","region":"us-east-1"}}""")), "backend.s3.bucket"),
        ["backend s3 region unknown"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b-b-b","key":"k","region":"us-esat-1"}}""")), "backend.s3.region"),
        ["backend s3 key with a CDKTF token"] = (Root(f => f["backend"] = JsonNode.Parse("""{"s3":{"bucket":"b-b-b","key":"${TfToken[TOKEN.1]}","region":"us-east-1"}}""")), "backend.s3.key"),
        ["backend local path empty"] = (Root(f => f["backend"] = JsonNode.Parse("""{"local":{"path":""}}""")), "backend.local.path"),
        ["alarms_enabled as string"] = (Vars(v => v["alarms_enabled"] = "yes"), "variables.alarms_enabled"),
        ["alarm_engine_cpu_percent as string"] = (Vars(v => v["alarm_engine_cpu_percent"] = "80"), "variables.alarm_engine_cpu_percent"),
        ["alarm_max_connections fractional"] = (Vars(v => v["alarm_max_connections"] = 10.5), "variables.alarm_max_connections"),
        ["alarm_actions not a list"] = (Vars(v => v["alarm_actions"] = "arn:aws:sns:us-east-1:123456789012:t"), "variables.alarm_actions"),
        ["backend of unknown kind"] = (Root(f => f["backend"] = JsonNode.Parse("""{"gcs":{"bucket":"b"}}""")), "backend.gcs"),
        // What AWS refuses at apply or never delivers, refused at synth (issue 16).
        ["alarm action in another region"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws:sns:eu-west-1:123456789012:oncall")), "variables.alarm_actions[0]: got \"arn:aws:sns:eu-west-1"),
        ["alarm action in China"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws-cn:sns:cn-north-1:123456789012:oncall")), "the stack's region and partition (arn:aws:sns:us-east-1:"),
        ["ok action in GovCloud"] = (Vars(v => v["ok_actions"] = new JsonArray("arn:aws-us-gov:sns:us-gov-west-1:123456789012:oncall")), "variables.ok_actions[0]"),
        ["alarm action in a region that does not exist"] = (Vars(v => v["alarm_actions"] = new JsonArray("arn:aws:sns:us-east-9:123456789012:oncall")), "variables.alarm_actions[0]"),
        ["notification topic in another region"] = (Vars(v => v["notification_topic_arn"] = "arn:aws:sns:sa-east-1:123456789012:events"), "variables.notification_topic_arn"),
        ["tag value with a dollar and braces"] = (Vars(v => v["tags"] = new JsonObject { ["Owner"] = "${team}" }), "variables.tags.Owner: got \"${team}\"; expected a tag value of Unicode letters"),
        // parameters (issue 18, item 1).
        ["parameters as a list"] = (Vars(v => v["parameters"] = new JsonArray("maxmemory-policy")), "variables.parameters"),
        ["parameter value a number"] = (Vars(v => v["parameters"] = new JsonObject { ["timeout"] = 300 }), "variables.parameters.timeout"),
        ["parameter misspelt"] = (Vars(v => v["parameters"] = new JsonObject { ["maxmemory-polcy"] = "allkeys-lru" }), "variables.parameters.maxmemory-polcy: got \"maxmemory-polcy\"; expected a parameter valkey8 lets a custom group change, such as maxmemory-policy"),
        ["parameters and a parameter group"] = (Vars(v => { v["parameters"] = new JsonObject { ["timeout"] = "300" }; v["parameter_group_name"] = "team-group"; }), "variables.parameter_group_name"),
        ["maxmemory-policy unknown"] = (Vars(v => v["parameters"] = new JsonObject { ["maxmemory-policy"] = "lru" }), "variables.parameters.maxmemory-policy: got \"lru\""),
        // users (issue 18, item 2).
        ["users not a list"] = (Vars(v => v["users"] = new JsonObject { ["user_name"] = "app" }), "variables.users"),
        ["user without a name"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["users"] = JsonNode.Parse("""[{ "access_string": "on ~* +@all" }]"""); }), "variables.users[0].user_name"),
        ["user with an unknown key"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["users"] = JsonNode.Parse("""[{ "user_name": "app", "acess_string": "on" }]"""); }), "variables.users[0].acess_string: got (unknown key); expected a known key; did you mean `access_string`?"),
        ["user authentication unknown"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["users"] = JsonNode.Parse("""[{ "user_name": "app", "authentication": "password" }]"""); }), "variables.users[0].authentication"),
        ["user passwords without secrets"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["users"] = JsonNode.Parse("""[{ "user_name": "app", "authentication": { } }]"""); }), "variables.users[0].authentication.password_secret_ids"),
        ["users without TLS"] = (Vars(v => v["users"] = JsonNode.Parse("""[{ "user_name": "app" }]""")), "variables.users: got \"1 users\"; expected no users while transit_encryption_enabled is false"),
        ["user named in capitals"] = (Vars(v => { v["transit_encryption_enabled"] = true; v["users"] = JsonNode.Parse("""[{ "user_name": "App" }]"""); }), "variables.users[0].user_name"),
        // cluster mode (issue 18, item 3).
        ["num_node_groups as string"] = (Vars(v => v["num_node_groups"] = "3"), "variables.num_node_groups"),
        ["num_node_groups beside num_cache_nodes"] = (Vars(v => v["num_node_groups"] = 3), "variables.num_cache_nodes: got 2; expected left out with num_node_groups"),
        ["replicas_per_node_group without shards"] = (Vars(v => v["replicas_per_node_group"] = 1), "variables.replicas_per_node_group: got 1; expected set only with num_node_groups"),
        ["replicas_per_node_group 6"] = (Vars(v => { v.Remove("num_cache_nodes"); v["num_node_groups"] = 2; v["replicas_per_node_group"] = 6; }), "variables.replicas_per_node_group: got 6; expected 0 to 5"),
        // serverless (issue 27, part 1): the hml file keeps node_type and num_cache_nodes, which a serverless cache refuses.
        ["serverless as a string"] = (Vars(v => v["serverless"] = "yes"), "variables.serverless: got \"yes\"; expected a JSON object"),
        ["serverless key misspelt"] = (Vars(v => v["serverless"] = JsonNode.Parse("""{"max_data_storage": 10}""")), "variables.serverless.max_data_storage: got (unknown key); expected a known key; did you mean `max_data_storage_gb`?"),
        ["serverless limit as a string"] = (Vars(v => v["serverless"] = JsonNode.Parse("""{"max_ecpu_per_second": "5000"}""")), "variables.serverless.max_ecpu_per_second"),
        // node_type at its default: refused though the rules see only its value.
        ["serverless with a node type"] = (Vars(v => { v["serverless"] = new JsonObject(); v["transit_encryption_enabled"] = true; v["log_delivery_enabled"] = false; v.Remove("num_cache_nodes"); }),
            "variables.node_type: got \"cache.t3.micro\"; expected omitted with serverless: a serverless cache has no nodes"),
        ["serverless with two nodes"] = (Vars(v => { v["serverless"] = new JsonObject(); v["transit_encryption_enabled"] = true; v["log_delivery_enabled"] = false; v.Remove("node_type"); v["num_cache_nodes"] = 3; }),
            "variables.num_cache_nodes: got 3; expected omitted with serverless"),
        ["serverless adopted"] = (Root(f => { var v = f["variables"]!.AsObject(); v.Remove("node_type"); v.Remove("num_cache_nodes"); v["serverless"] = new JsonObject();
            v["transit_encryption_enabled"] = true; v["log_delivery_enabled"] = false; f["adoption"] = JsonNode.Parse("""{"import": {"security_group_id": "sg-0123456789abcdef0"}}"""); }),
            "adoption.import: got with serverless; expected no adoption with serverless"),
        ["two waivers for one rule"] = (Root(f => f["compliance"] = JsonNode.Parse("""{"waivers":[{"rule":"VKC-CMK","reason":"a"},{"rule":"VKC-CMK","reason":"b"}]}""")), "compliance.waivers[1].rule: got \"VKC-CMK\"; expected one waiver a rule: compliance.waivers[0]"),
    };

    public static TheoryData<string> CaseIds() => [.. Cases.Keys];

    [Fact]
    public void The_matrix_has_at_least_40_cases() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    [Fact]
    public void An_s3_backend_without_its_bucket_is_one_problem_not_two()
    {
        var file = ValidFile();
        file["backend"] = JsonNode.Parse("""{"s3":{"key":"k","region":"us-east-1"}}""");

        var reading = EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json");

        Assert.Equal(["backend.s3.bucket"], Assert.Single(reading.Problems).Problems.Select(p => p.Field));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void A_bad_file_fails_naming_the_key_and_changes_nothing(string caseId)
    {
        var (file, names) = Cases[caseId];
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        var outdir = Path.Combine(work.Path, "cdktf.out");
        File.WriteAllText(Path.Combine(environments, "hml.json"), file());
        FolderSnapshot.Seed(outdir);
        var before = FolderSnapshot.Take(outdir);
        var error = new StringWriter();

        var exit = SynthCommand.Run(environments, outdir, error);

        var message = error.ToString();
        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains(Path.Combine(environments, "hml.json"), message, StringComparison.Ordinal);
        Assert.Contains(names, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, outdir);
        Assert.Equal(["cdktf.out", "environments"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_run()
    {
        var file = ValidFile();
        var v = file["variables"]!.AsObject();
        v.Remove("prefix");
        v["node_typ"] = "cache.t3.small";
        v["num_cache_nodes"] = 9;
        v["port"] = "6379";
        v["snapshot_retention_limit"] = 40;
        file.Remove("aws_region");

        var e = Assert.Throws<ValkeyConfigurationException>(
            () => EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Single());

        Assert.Equal(
            ["aws_region", "variables.node_typ", "variables.num_cache_nodes", "variables.port", "variables.prefix", "variables.snapshot_retention_limit"],
            e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported()
    {
        using var work = new TempDir();
        var bad1 = ValidFile();
        bad1["variables"]!["port"] = 0;
        var bad2 = ValidFile();
        bad2["variables"]!["num_cache_nodes"] = 0;
        File.WriteAllText(Path.Combine(work.Path, "a.json"), bad1.ToJsonString());
        File.WriteAllText(Path.Combine(work.Path, "b.json"), bad2.ToJsonString());
        var error = new StringWriter();

        var exit = SynthCommand.Run(work.Path, Path.Combine(work.Path, "out"), error);

        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains("a.json: 1 problem", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("b.json: 1 problem", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work.Path, "out")));
    }

    [Fact]
    public void A_file_name_that_is_not_a_stack_name_is_an_error()
    {
        var e = Assert.Throws<ValkeyConfigurationException>(
            () => EnvironmentFile.Parse("Prod Env", ValidFile().ToJsonString(), "Prod Env.json").Single());

        Assert.Equal("(file name)", Assert.Single(e.Problems).Field);
    }
}
