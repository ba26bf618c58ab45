package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotEvidenceH2IT extends BotEvidenceContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
