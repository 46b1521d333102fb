// README: module-info
module com.example.upgrades {
  requires io.github.mesosupgrade;
  requires io.github.mesosupgrade.json;
}
// README end
