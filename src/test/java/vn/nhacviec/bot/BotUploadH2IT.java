package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotUploadH2IT extends BotUploadContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
