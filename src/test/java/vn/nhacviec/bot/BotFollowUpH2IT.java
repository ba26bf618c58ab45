package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotFollowUpH2IT extends BotFollowUpContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
