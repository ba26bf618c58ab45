package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotConversationH2IT extends BotConversationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
