package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotUploadMariaDbIT extends BotUploadContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
