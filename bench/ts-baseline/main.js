// Baseline for bench/run.sh: the same stacks as Valkey.Cdktf, written directly against the
// CDKTF JavaScript/TypeScript packages (deep imports, as TypeScript projects write them), so
// the C# path can be measured side by side with the TypeScript one. Not used by the project.
// A test (BenchBaselineTests) checks that it writes the same resources, attributes and
// outputs as the C# app for every shipped environment, so the ratio compares equal work.
"use strict";
const fs = require("fs");
const path = require("path");
const { App, TerraformStack, TerraformOutput, LocalBackend, S3Backend } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { ElasticacheReplicationGroup } = require("@cdktf/provider-aws/lib/elasticache-replication-group");
const { ElasticacheSubnetGroup } = require("@cdktf/provider-aws/lib/elasticache-subnet-group");
const { SecurityGroup } = require("@cdktf/provider-aws/lib/security-group");
const { CloudwatchLogGroup } = require("@cdktf/provider-aws/lib/cloudwatch-log-group");
const { CloudwatchMetricAlarm } = require("@cdktf/provider-aws/lib/cloudwatch-metric-alarm");

const folder = process.env.VALKEY_ENVIRONMENTS || path.join(__dirname, "..", "..", "environments");
const app = new App();
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
  const name = path.basename(file, ".json");
  const env = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  const v = env.variables;
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, "aws", { region: env.aws_region });
  if (env.backend && env.backend.s3) new S3Backend(stack, env.backend.s3);
  else new LocalBackend(stack, { path: `../../../terraform.${name}.tfstate` });
  const stem = `${v.prefix}-${v.environment}-valkey`;
  const what = `${v.project_name} (${v.environment})`;
  const tags = (n) => ({ Name: n, ...(v.tags || {}) });
  const nodes = v.num_cache_nodes ?? 2;
  const port = v.port ?? 6379;
  const subnets = new ElasticacheSubnetGroup(stack, "subnet_group", {
    name: `${stem}-subnets`, description: `Private subnets of the Valkey cache of ${what}`,
    subnetIds: v.private_subnet_ids, tags: tags(`${stem}-subnets`),
  });
  subnets.overrideLogicalId("valkey");
  const sg = new SecurityGroup(stack, "security_group", {
    name: `${stem}-sg`, description: `Valkey cache of ${what}: ECS tasks only`, vpcId: v.vpc_id,
    ingress: [{ description: "Valkey from the ECS tasks security group", protocol: "tcp", fromPort: port, toPort: port,
      securityGroups: [v.ecs_security_group_id], cidrBlocks: [], ipv6CidrBlocks: [], prefixListIds: [], selfAttribute: false }],
    egress: [], tags: tags(`${stem}-sg`),
  });
  sg.overrideLogicalId("valkey");
  const logs = ["slow-log", "engine-log"].map((type) => {
    const name = `/aws/elasticache/${stem}/${type}`;
    const group = new CloudwatchLogGroup(stack, type.replace("-", "_"), { name, retentionInDays: 30, tags: tags(name) });
    group.overrideLogicalId(`valkey_${type.replace("-", "_")}`);
    return { type, group };
  });
  const rg = new ElasticacheReplicationGroup(stack, "replication_group", {
    replicationGroupId: stem, description: `Valkey cache of ${what}`, engine: "valkey",
    engineVersion: v.engine_version ?? "8.0", nodeType: v.node_type ?? "cache.t3.micro", numCacheClusters: nodes, port,
    parameterGroupName: v.parameter_group_name ?? "default.valkey8", subnetGroupName: subnets.name, securityGroupIds: [sg.id],
    atRestEncryptionEnabled: String(v.at_rest_encryption_enabled ?? true), transitEncryptionEnabled: v.transit_encryption_enabled ?? false,
    transitEncryptionMode: v.transit_encryption_enabled ? (v.transit_encryption_mode ?? "required") : undefined,
    automaticFailoverEnabled: nodes >= 2, multiAzEnabled: nodes >= 2, maintenanceWindow: v.maintenance_window,
    snapshotRetentionLimit: v.snapshot_retention_limit, snapshotWindow: v.snapshot_window,
    finalSnapshotIdentifier: `${stem}-final`, tags: tags(stem), lifecycle: { preventDestroy: true, ignoreChanges: ["auth_token_update_strategy"] },
    autoMinorVersionUpgrade: "true", applyImmediately: false,
    logDeliveryConfiguration: logs.map((l) => ({ destination: l.group.name, destinationType: "cloudwatch-logs", logFormat: "json", logType: l.type })),
  });
  rg.overrideLogicalId("valkey");
  const vcpus = { micro: 2, small: 2, medium: 2, large: 2, xlarge: 4 }[(v.node_type ?? "cache.t3.micro").split(".")[2]];
  const alarms = [
    ["engine-cpu", "EngineCPUUtilization", "GreaterThanThreshold", 80, 5, "missing", "the Valkey engine thread above 80 % for 5 minutes"],
    ["host-cpu", "CPUUtilization", "GreaterThanThreshold", Math.round((90 / vcpus) * 100) / 100, 5, "missing", `host CPU above ${Math.round((90 / vcpus) * 100) / 100} % for 5 minutes`],
    ["memory", "DatabaseMemoryUsagePercentage", "GreaterThanThreshold", 85, 5, "missing", "memory above 85 % of maxmemory for 5 minutes: evictions follow"],
    ["cache-hit-rate", null, "LessThanThreshold", 90, 15, "notBreaching", "cache hit rate below 90 % for 15 minutes, counted only in minutes of at least 100 lookups"],
    ["connections", "CurrConnections", "GreaterThanThreshold", 5000, 10, "missing", "more than 5000 client connections for 10 minutes (ElastiCache's hard limit is 65,000 a node)"],
    ["evictions", "Evictions", "GreaterThanThreshold", 0, 5, "notBreaching", "more than 0 keys evicted a minute for 5 minutes: the data no longer fits in memory"],
    ["cpu-credits", "CPUCreditBalance", "LessThanThreshold", 5, 15, "missing", "fewer than 5 CPU credits left for 15 minutes: the node is about to fall back to its baseline CPU"],
    ["replication-lag", "ReplicationLag", "GreaterThanThreshold", 30, 15, "notBreaching", "a replica more than 30 s behind the primary for 15 minutes (only replicas report it)"],
  ];
  for (let n = 1; n <= nodes; n++) {
    const member = String(n).padStart(3, "0");
    const cluster = `${stem}-${member}`;
    for (const [key, metric, comparison, threshold, points, missing, what] of alarms) {
      if (key === "replication-lag" && nodes < 2) continue;
      if (key === "cpu-credits" && !(v.node_type ?? "cache.t3.micro").startsWith("cache.t")) continue;
      const id = `valkey_${member}_${key.replace(/-/g, "_")}`;
      const name = `${stem}-${member}-${key}`;
      const dimensions = { CacheClusterId: cluster };
      const sum = (qid, metricName) => ({ id: qid, returnData: false, metric: { namespace: "AWS/ElastiCache", metricName, dimensions, period: 60, stat: "Sum" } });
      const reads = metric === null
        ? { metricQuery: [sum("hits", "CacheHits"), sum("misses", "CacheMisses"),
            { id: "lookups", expression: "FILL(hits, 0) + FILL(misses, 0)", label: "key lookups a minute", returnData: false },
            { id: "rate", expression: "IF(lookups >= 100, 100 * FILL(hits, 0) / lookups, 100)", label: "cache hit rate (%), 100 below 100 lookups a minute", returnData: true }] }
        : { namespace: "AWS/ElastiCache", metricName: metric, dimensions, statistic: "Average", period: 60 };
      const alarm = new CloudwatchMetricAlarm(stack, id, {
        alarmName: name, alarmDescription: `${cluster}: ${what} (Valkey.Cdktf)`, ...reads, evaluationPeriods: points, datapointsToAlarm: points,
        comparisonOperator: comparison, threshold, treatMissingData: missing, alarmActions: [], okActions: [], tags: tags(name),
      });
      alarm.overrideLogicalId(id);
    }
  }
  const out = (id, value, description) => new TerraformOutput(stack, id, { value, description, staticId: true });
  out("valkey_endpoint", rg.primaryEndpointAddress, "Primary endpoint address of the Valkey replication group (reads and writes).");
  out("valkey_port", rg.port, "Port Valkey listens on.");
  out("valkey_reader_endpoint", rg.readerEndpointAddress, "Reader endpoint address of the Valkey replication group (reads, spread over the replicas).");
  out("replication_group_id", rg.id, "ID of the ElastiCache replication group.");
  out("security_group_id", sg.id, "ID of the security group of the Valkey nodes.");
  const tls = v.transit_encryption_enabled ?? false;
  out("valkey_connection_url", `${tls ? "rediss" : "redis"}://${rg.primaryEndpointAddress}:${rg.port}`,
    `Connection URL of the primary endpoint (${tls ? "rediss" : "redis"}://: TLS ${tls ? "on" : "off"}).`);
}
app.synth();
