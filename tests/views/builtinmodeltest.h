#pragma once

// Fixture of the language tests of views_tests: a DashboardModel on the built-in dataset, in
// English at the start and again at the end of every test, also when an assertion returns
// early (the QApplication, and so the current language, is shared by every test of the binary).

#include <model/dashboardmodel.h>
#include <views/translations.h>

#include <gtest/gtest.h>

namespace medtour::test {

class BuiltinModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        applyLanguage(Language::English);
        ASSERT_FALSE(model.loadBuiltin().has_value());
    }
    void TearDown() override { applyLanguage(Language::English); }

    DashboardModel model{nullptr};
};

}  // namespace medtour::test
