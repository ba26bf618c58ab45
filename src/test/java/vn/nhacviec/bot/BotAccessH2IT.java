package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotAccessH2IT extends BotAccessContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
