package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;

/** Built-in plans the tests assert on, each with the numbered listing failure messages end with. */
final class Plans {
  private Plans() {}

  /** The only hop that upgrades slaves before masters. */
  static final UpgradePlan FROM_0_11_TO_0_12 = UpgradePlanner.plan("0.11.0", "0.12.0");

  static final String LISTING_0_11_TO_0_12 =
      """
      Upgrade 0.11.0 -> 0.12.0: 1 hop, 4 steps
      Hop 1: 0.11.0 -> 0.12.0
         1. 0.11-0.12/install-slaves
         2. 0.11-0.12/restart-slaves
         3. 0.11-0.12/install-masters
         4. 0.11-0.12/restart-masters""";

  /** Removes flags when masters and slaves restart. */
  static final UpgradePlan FROM_0_12_TO_0_13 = UpgradePlanner.plan("0.12.0", "0.13.0");

  static final String LISTING_0_12_TO_0_13 =
      """
      Upgrade 0.12.0 -> 0.13.0: 1 hop, 7 steps
      Hop 1: 0.12.0 -> 0.13.0
         1. 0.12-0.13/install-masters
         2. 0.12-0.13/restart-masters (removes --conf)
         3. 0.12-0.13/relink-schedulers
         4. 0.12-0.13/restart-schedulers
         5. 0.12-0.13/install-slaves
         6. 0.12-0.13/restart-slaves (removes --cgroups_hierarchy_root, --webui_dir, --conf)
         7. 0.12-0.13/relink-executors""";

  /** Restarts the masters twice and the slaves twice. */
  static final UpgradePlan FROM_0_13_TO_0_14 = UpgradePlanner.plan("0.13.0", "0.14.0");

  static final String LISTING_0_13_TO_0_14 =
      """
      Upgrade 0.13.0 -> 0.14.0: 1 hop, 10 steps
      Hop 1: 0.13.0 -> 0.14.0
         1. 0.13-0.14/install-masters
         2. 0.13-0.14/restart-masters
         3. 0.13-0.14/relink-executors
         4. 0.13-0.14/install-slaves
         5. 0.13-0.14/restart-slaves-with-checkpoint (sets --checkpoint=true)
         6. 0.13-0.14/relink-schedulers
         7. 0.13-0.14/set-checkpoint-in-schedulers
         8. 0.13-0.14/restart-schedulers
         9. 0.13-0.14/restart-masters-again
        10. 0.13-0.14/restart-slaves-again""";

  /** Restarts the masters with credentials, then with authentication. */
  static final UpgradePlan FROM_0_14_TO_0_15 = UpgradePlanner.plan("0.14.0", "0.15.0");

  static final String LISTING_0_14_TO_0_15 =
      """
      Upgrade 0.14.0 -> 0.15.0: 1 hop, 9 steps
      Hop 1: 0.14.0 -> 0.15.0
         1. 0.14-0.15/install-masters
         2. 0.14-0.15/restart-masters-with-credentials (sets --credentials=<path to credentials file>)
         3. 0.14-0.15/install-slaves
         4. 0.14-0.15/restart-slaves
         5. 0.14-0.15/relink-executors
         6. 0.14-0.15/relink-schedulers
         7. 0.14-0.15/use-credential-in-schedulers
         8. 0.14-0.15/restart-schedulers
         9. 0.14-0.15/restart-masters-with-authentication (sets --authenticate=true)""";

  /** Two hops, each installing and restarting masters and slaves. */
  static final UpgradePlan FROM_0_11_TO_0_13 = UpgradePlanner.plan("0.11.0", "0.13.0");

  static final String LISTING_0_11_TO_0_13 =
      """
      Upgrade 0.11.0 -> 0.13.0: 2 hops, 11 steps
      Hop 1: 0.11.0 -> 0.12.1
         1. 0.11-0.12/install-slaves
         2. 0.11-0.12/restart-slaves
         3. 0.11-0.12/install-masters
         4. 0.11-0.12/restart-masters
      Hop 2: 0.12.1 -> 0.13.0
         5. 0.12-0.13/install-masters
         6. 0.12-0.13/restart-masters (removes --conf)
         7. 0.12-0.13/relink-schedulers
         8. 0.12-0.13/restart-schedulers
         9. 0.12-0.13/install-slaves
        10. 0.12-0.13/restart-slaves (removes --cgroups_hierarchy_root, --webui_dir, --conf)
        11. 0.12-0.13/relink-executors""";

  /** No hops at all. */
  static final UpgradePlan EMPTY = UpgradePlanner.plan("0.14.0", "0.14.0");

  static final String LISTING_EMPTY = "Upgrade 0.14.0 -> 0.14.0: nothing to do";

  /** A 1.x plan: a patch hop to the stable release of 1.2, then one jump over nine lines. */
  static final UpgradePlan FROM_1_2_TO_1_11 = UpgradePlanner.plan("1.2.0", "1.11.0");

  static final String LISTING_1_2_TO_1_11 =
      """
      Upgrade 1.2.0 -> 1.11.0: 2 hops, 22 steps
      Hop 1: 1.2.0 -> 1.2.3
         1. 1.2.0-1.2.3/install-masters
         2. 1.2.0-1.2.3/restart-masters
         3. 1.2.0-1.2.3/install-agents
         4. 1.2.0-1.2.3/restart-agents
      Hop 2: 1.2.3 -> 1.11.0
         5. 1.2-1.3/move-deprecated-acls
         6. 1.4-1.5/accept-task-starting-in-schedulers
         7. 1.4-1.5/restart-schedulers-accepting-task-starting
         8. 1.10-1.11/rebuild-master-modules
         9. 1.10-1.11/rebuild-agent-modules
        10. 1.10-1.11/convert-master-credentials-to-json
        11. 1.10-1.11/install-masters
        12. 1.10-1.11/restart-masters
        13. 1.5-1.6/remove-storage-resource-providers
        14. 1.10-1.11/convert-agent-credentials-to-json
        15. 1.10-1.11/install-agents
        16. 1.7-1.8/list-agent-operation-feedback-in-agent-features
        17. 1.8-1.9/list-agent-draining-in-agent-features
        18. 1.9-1.10/list-task-resource-limits-in-agent-features
        19. 1.10-1.11/restart-agents
        20. 1.10-1.11/relink-schedulers
        21. 1.10-1.11/restart-schedulers
        22. 1.10-1.11/relink-executors""";

  /** Returns an assertion failure message: the headline, a blank line, then the listing. */
  static String failure(String headline, String listing) {
    return headline + "\n\n" + listing;
  }
}
