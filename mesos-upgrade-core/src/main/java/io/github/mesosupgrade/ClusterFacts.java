package io.github.mesosupgrade;

/**
 * What the rules about a cluster ({@link ClusterRule}) need to know of Mesos beyond its flags:
 * which flags carry authentication and checkpointing, and the releases at which the daemons' and
 * libraries' compatibility changes. The built-in values, with their sources, are in {@link
 * BuiltInClusterFacts}; the engine names no release and no flag of its own.
 *
 * @param authenticateFlag the master flag that enforces framework authentication
 * @param credentialsFlag the master flag that names the credentials file
 * @param checkpointFlag the slave flag that turns checkpointing on
 * @param skewPolicyFrom the first release under the versioning policy; before it, masters and
 *     slaves must be within one release line of each other
 * @param slavesIgnoredFrom masters from this release ignore slaves older than {@code minimumSlave}
 * @param minimumSlave the oldest slave masters from {@code slavesIgnoredFrom} accept
 * @param jsonMasterInfoFrom masters from this release publish their ZooKeeper record as JSON
 * @param jsonMasterInfoReader the oldest scheduler library that reads a JSON master record
 * @param slaveCredentialFlag the slave flag that names the file of its own credential
 * @param jsonCredentialsFrom the first release that reads a JSON credentials file, and whose
 *     masters exit on an empty one
 * @param jsonOnlyCredentialsFrom the first release that reads only JSON credentials files
 * @param credentialsJson the JSON form of a credentials file, as an operator writes it
 * @param credentialJson the JSON form of a slave's credential file
 * @param configurationFileFlag the flag that named the Configurator's directory of {@code
 *     mesos.conf}, whose settings belong on the command line or in variables once it is gone
 */
record ClusterFacts(
    String authenticateFlag,
    String credentialsFlag,
    String checkpointFlag,
    MesosVersion skewPolicyFrom,
    MesosVersion slavesIgnoredFrom,
    MesosVersion minimumSlave,
    MesosVersion jsonMasterInfoFrom,
    MesosVersion jsonMasterInfoReader,
    String slaveCredentialFlag,
    MesosVersion jsonCredentialsFrom,
    MesosVersion jsonOnlyCredentialsFrom,
    String credentialsJson,
    String credentialJson,
    String configurationFileFlag) {}
