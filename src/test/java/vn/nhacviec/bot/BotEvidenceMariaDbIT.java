package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotEvidenceMariaDbIT extends BotEvidenceContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
