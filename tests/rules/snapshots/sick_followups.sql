WITH "t11" AS (
  SELECT
    "t2"."person_id",
    "t2"."benefit",
    "t2"."start_date",
    "t2"."target_group",
    "t2"."early_followup_request_date",
    "t2"."education_order",
    "t2"."rowid" AS "_rid",
    CASE
      WHEN (
        "t2"."end_date" IS NULL
      ) OR (
        "t2"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t2"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t2"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t2"
  WHERE
    "t2"."start_date" <= CAST($as_of AS DATE)
), "t14" AS (
  SELECT
    "t12"."person_id",
    COUNT(*) AS "_rows"
  FROM "t11" AS "t12"
  GROUP BY
    1
), "t28" AS (
  SELECT
    *
  FROM (
    SELECT
      "t26"."person_id",
      "t26"."benefit",
      "t26"."start_date",
      "t26"."target_group",
      "t26"."early_followup_request_date",
      "t26"."education_order",
      "t26"."_rid",
      "t26"."_end",
      "t26"."_acc",
      "t26"."_new",
      "t26"."_spell_start"
    FROM (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        "t25"."start_date",
        "t25"."target_group",
        "t25"."early_followup_request_date",
        "t25"."education_order",
        "t25"."_rid",
        "t25"."_end",
        "t25"."_acc",
        "t25"."_switch",
        "t25"."_run",
        "t25"."_new",
        MAX(CASE WHEN "t25"."_new" = 1 THEN "t25"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t25"."person_id"
          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t24"."person_id",
          "t24"."benefit",
          "t24"."start_date",
          "t24"."target_group",
          "t24"."early_followup_request_date",
          "t24"."education_order",
          "t24"."_rid",
          "t24"."_end",
          "t24"."_acc",
          "t24"."_switch",
          "t24"."_run",
          CASE
            WHEN (
              "t24"."_switch" = 1
            )
            OR (
              (
                MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t24"."start_date" > CAST(CAST(MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t24"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t24"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t24"."_end") OVER (
                        PARTITION BY "t24"."person_id", "t24"."_run"
                        ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t24"."_end") OVER (
                        PARTITION BY "t24"."person_id", "t24"."_run"
                        ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t24"."_end") OVER (
                          PARTITION BY "t24"."person_id", "t24"."_run"
                          ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                          THEN 1
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                  )
                )
              )
            )
            OR COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t24"."target_group") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t24"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t24"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t23"."person_id",
            "t23"."benefit",
            "t23"."start_date",
            "t23"."target_group",
            "t23"."early_followup_request_date",
            "t23"."education_order",
            "t23"."_rid",
            "t23"."_end",
            "t23"."_acc",
            "t23"."_switch",
            SUM("t23"."_switch") OVER (
              PARTITION BY "t23"."person_id"
              ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t21"."person_id",
              "t21"."benefit",
              "t21"."start_date",
              "t21"."target_group",
              "t21"."early_followup_request_date",
              "t21"."education_order",
              "t21"."_rid",
              "t21"."_end",
              "t21"."_acc",
              CASE
                WHEN LAG("t21"."benefit") OVER (
                  PARTITION BY "t21"."person_id"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t21"."benefit") OVER (
                  PARTITION BY "t21"."person_id"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t21"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
            FROM (
              SELECT
                "t13"."person_id",
                "t13"."benefit",
                "t13"."start_date",
                "t13"."target_group",
                "t13"."early_followup_request_date",
                "t13"."education_order",
                "t13"."_rid",
                "t13"."_end",
                "t13"."_acc"
              FROM "t11" AS "t13"
              SEMI JOIN (
                SELECT
                  *
                FROM "t14" AS "t15"
                WHERE
                  "t15"."_rows" > 1
              ) AS "t19"
                ON "t13"."person_id" = "t19"."person_id"
            ) AS "t21"
          ) AS "t23"
        ) AS "t24"
      ) AS "t25"
    ) AS "t26"
  ) AS "t27"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t20"."person_id",
      "t20"."benefit",
      "t20"."start_date",
      "t20"."target_group",
      "t20"."early_followup_request_date",
      "t20"."education_order",
      "t20"."_rid",
      "t20"."_end",
      "t20"."_acc",
      1 AS "_new",
      "t20"."start_date" AS "_spell_start"
    FROM (
      SELECT
        "t13"."person_id",
        "t13"."benefit",
        "t13"."start_date",
        "t13"."target_group",
        "t13"."early_followup_request_date",
        "t13"."education_order",
        "t13"."_rid",
        "t13"."_end",
        "t13"."_acc"
      FROM "t11" AS "t13"
      SEMI JOIN (
        SELECT
          *
        FROM "t14" AS "t15"
        WHERE
          "t15"."_rows" = 1
      ) AS "t18"
        ON "t13"."person_id" = "t18"."person_id"
    ) AS "t20"
  ) AS "t22"
), "t30" AS (
  SELECT
    *
  FROM "t28" AS "t29"
  WHERE
    "t29"."_acc"
), "t34" AS (
  SELECT
    "t32"."person_id",
    "t32"."benefit",
    MIN("t32"."start_date") AS "c1"
  FROM "t30" AS "t32"
  GROUP BY
    1,
    2
), "t43" AS (
  SELECT
    "t42"."person_id",
    "t42"."benefit",
    "t42"."c1",
    "t42"."c2"
  FROM (
    SELECT
      "t36"."person_id",
      "t36"."benefit",
      "t36"."c1",
      "t41"."person_id" AS "person_id_right",
      "t41"."benefit" AS "benefit_right",
      "t41"."c2"
    FROM "t34" AS "t36"
    LEFT OUTER JOIN (
      SELECT
        "t39"."person_id",
        "t39"."benefit",
        MIN("t39"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."target_group",
            "t33"."early_followup_request_date",
            "t33"."education_order",
            "t33"."_rid",
            "t33"."_end",
            "t33"."_acc",
            "t33"."_new",
            "t33"."_spell_start",
            "t37"."c1"
          FROM "t30" AS "t33"
          INNER JOIN "t34" AS "t37"
            ON "t33"."person_id" = "t37"."person_id" AND "t33"."benefit" = "t37"."benefit"
        ) AS "t38"
        WHERE
          "t38"."start_date" >= CAST(CAST("t38"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t38"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t39"
      GROUP BY
        1,
        2
    ) AS "t41"
      ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
  ) AS "t42"
), "t52" AS (
  SELECT
    "t51"."person_id",
    "t51"."benefit",
    "t51"."c1",
    "t51"."c2",
    "t51"."c3"
  FROM (
    SELECT
      "t45"."person_id",
      "t45"."benefit",
      "t45"."c1",
      "t45"."c2",
      "t50"."person_id" AS "person_id_right",
      "t50"."benefit" AS "benefit_right",
      "t50"."c3"
    FROM "t43" AS "t45"
    LEFT OUTER JOIN (
      SELECT
        "t48"."person_id",
        "t48"."benefit",
        MIN("t48"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."target_group",
            "t33"."early_followup_request_date",
            "t33"."education_order",
            "t33"."_rid",
            "t33"."_end",
            "t33"."_acc",
            "t33"."_new",
            "t33"."_spell_start",
            "t46"."c1",
            "t46"."c2"
          FROM "t30" AS "t33"
          INNER JOIN "t43" AS "t46"
            ON "t33"."person_id" = "t46"."person_id" AND "t33"."benefit" = "t46"."benefit"
        ) AS "t47"
        WHERE
          "t47"."start_date" >= CAST(CAST("t47"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t47"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t48"
      GROUP BY
        1,
        2
    ) AS "t50"
      ON "t45"."person_id" = "t50"."person_id" AND "t45"."benefit" = "t50"."benefit"
  ) AS "t51"
), "t78" AS (
  SELECT
    "t77"."person_id",
    "t77"."benefit",
    "t77"."_key" AS "start_date",
    CASE
      WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t77"."_end"
    END AS "end_date",
    "t6"."first_contact_date",
    "t6"."target_group",
    "t6"."first_absence_date",
    "t6"."sickness_category",
    "t6"."employed",
    "t6"."handover_date",
    "t6"."expected_absence_weeks",
    "t6"."work_obligation",
    "t6"."municipality",
    "t77"."early_followup_request_date",
    "t77"."education_order",
    "t77"."periods"
  FROM (
    SELECT
      "t75"."person_id",
      "t75"."benefit",
      "t75"."_key",
      MAX("t75"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t75"."_rid" ORDER BY "t75"."start_date") AS "_first",
      MIN("t75"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t75"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t29"."person_id",
          "t29"."benefit",
          "t29"."start_date",
          "t29"."_end",
          "t29"."_spell_start" AS "_key",
          "t29"."_acc",
          "t29"."_rid",
          "t29"."early_followup_request_date",
          "t29"."education_order"
        FROM "t28" AS "t29"
        WHERE
          NOT (
            "t29"."_acc"
          )
      ) AS "t31"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t73"."person_id",
          "t73"."benefit",
          "t73"."start_date",
          "t73"."_end",
          "t73"."_key",
          "t73"."_acc",
          "t73"."_rid",
          "t73"."early_followup_request_date",
          "t73"."education_order"
        FROM (
          SELECT
            "t72".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t71"."person_id",
              "t71"."benefit",
              "t71"."start_date",
              "t71"."target_group",
              "t71"."early_followup_request_date",
              "t71"."education_order",
              "t71"."_rid",
              "t71"."_end",
              "t71"."_acc",
              "t71"."_new",
              "t71"."_spell_start",
              "t71"."c1",
              "t71"."c2",
              "t71"."c3",
              "t71"."c4",
              "t71"."c5",
              GREATEST(
                CASE
                  WHEN "t71"."c1" <= "t71"."start_date"
                  THEN "t71"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t71"."c2" <= "t71"."start_date"
                  THEN "t71"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t71"."c3" <= "t71"."start_date"
                  THEN "t71"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t71"."c4" <= "t71"."start_date"
                  THEN "t71"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t71"."c5" <= "t71"."start_date"
                  THEN "t71"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t33"."person_id",
                "t33"."benefit",
                "t33"."start_date",
                "t33"."target_group",
                "t33"."early_followup_request_date",
                "t33"."education_order",
                "t33"."_rid",
                "t33"."_end",
                "t33"."_acc",
                "t33"."_new",
                "t33"."_spell_start",
                "t70"."c1",
                "t70"."c2",
                "t70"."c3",
                "t70"."c4",
                "t70"."c5"
              FROM "t30" AS "t33"
              INNER JOIN (
                SELECT
                  "t68".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t62"."person_id",
                    "t62"."benefit",
                    "t62"."c1",
                    "t62"."c2",
                    "t62"."c3",
                    "t62"."c4",
                    "t67"."person_id" AS "person_id_right",
                    "t67"."benefit" AS "benefit_right",
                    "t67"."c5"
                  FROM (
                    SELECT
                      "t60".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t54"."person_id",
                        "t54"."benefit",
                        "t54"."c1",
                        "t54"."c2",
                        "t54"."c3",
                        "t59"."person_id" AS "person_id_right",
                        "t59"."benefit" AS "benefit_right",
                        "t59"."c4"
                      FROM "t52" AS "t54"
                      LEFT OUTER JOIN (
                        SELECT
                          "t57"."person_id",
                          "t57"."benefit",
                          MIN("t57"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t33"."person_id",
                              "t33"."benefit",
                              "t33"."start_date",
                              "t33"."target_group",
                              "t33"."early_followup_request_date",
                              "t33"."education_order",
                              "t33"."_rid",
                              "t33"."_end",
                              "t33"."_acc",
                              "t33"."_new",
                              "t33"."_spell_start",
                              "t55"."c1",
                              "t55"."c2",
                              "t55"."c3"
                            FROM "t30" AS "t33"
                            INNER JOIN "t52" AS "t55"
                              ON "t33"."person_id" = "t55"."person_id" AND "t33"."benefit" = "t55"."benefit"
                          ) AS "t56"
                          WHERE
                            "t56"."start_date" >= CAST(CAST("t56"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t56"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t57"
                        GROUP BY
                          1,
                          2
                      ) AS "t59"
                        ON "t54"."person_id" = "t59"."person_id" AND "t54"."benefit" = "t59"."benefit"
                    ) AS "t60"
                  ) AS "t62"
                  LEFT OUTER JOIN (
                    SELECT
                      "t65"."person_id",
                      "t65"."benefit",
                      MIN("t65"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t33"."person_id",
                          "t33"."benefit",
                          "t33"."start_date",
                          "t33"."target_group",
                          "t33"."early_followup_request_date",
                          "t33"."education_order",
                          "t33"."_rid",
                          "t33"."_end",
                          "t33"."_acc",
                          "t33"."_new",
                          "t33"."_spell_start",
                          "t63"."c1",
                          "t63"."c2",
                          "t63"."c3",
                          "t63"."c4"
                        FROM "t30" AS "t33"
                        INNER JOIN (
                          SELECT
                            "t60".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t54"."person_id",
                              "t54"."benefit",
                              "t54"."c1",
                              "t54"."c2",
                              "t54"."c3",
                              "t59"."person_id" AS "person_id_right",
                              "t59"."benefit" AS "benefit_right",
                              "t59"."c4"
                            FROM "t52" AS "t54"
                            LEFT OUTER JOIN (
                              SELECT
                                "t57"."person_id",
                                "t57"."benefit",
                                MIN("t57"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t33"."person_id",
                                    "t33"."benefit",
                                    "t33"."start_date",
                                    "t33"."target_group",
                                    "t33"."early_followup_request_date",
                                    "t33"."education_order",
                                    "t33"."_rid",
                                    "t33"."_end",
                                    "t33"."_acc",
                                    "t33"."_new",
                                    "t33"."_spell_start",
                                    "t55"."c1",
                                    "t55"."c2",
                                    "t55"."c3"
                                  FROM "t30" AS "t33"
                                  INNER JOIN "t52" AS "t55"
                                    ON "t33"."person_id" = "t55"."person_id" AND "t33"."benefit" = "t55"."benefit"
                                ) AS "t56"
                                WHERE
                                  "t56"."start_date" >= CAST(CAST("t56"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t56"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t57"
                              GROUP BY
                                1,
                                2
                            ) AS "t59"
                              ON "t54"."person_id" = "t59"."person_id" AND "t54"."benefit" = "t59"."benefit"
                          ) AS "t60"
                        ) AS "t63"
                          ON "t33"."person_id" = "t63"."person_id" AND "t33"."benefit" = "t63"."benefit"
                      ) AS "t64"
                      WHERE
                        "t64"."start_date" >= CAST(CAST("t64"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t64"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t65"
                    GROUP BY
                      1,
                      2
                  ) AS "t67"
                    ON "t62"."person_id" = "t67"."person_id" AND "t62"."benefit" = "t67"."benefit"
                ) AS "t68"
              ) AS "t70"
                ON "t33"."person_id" = "t70"."person_id" AND "t33"."benefit" = "t70"."benefit"
            ) AS "t71"
          ) AS "t72"
        ) AS "t73"
      ) AS "t74"
    ) AS "t75"
    GROUP BY
      1,
      2,
      3
  ) AS "t77"
  INNER JOIN (
    SELECT
      "t2"."rowid" AS "_frid",
      "t2"."first_contact_date",
      "t2"."target_group",
      "t2"."first_absence_date",
      "t2"."sickness_category",
      "t2"."employed",
      "t2"."handover_date",
      "t2"."expected_absence_weeks",
      "t2"."work_obligation",
      "t2"."municipality"
    FROM "benefit_periods" AS "t2"
  ) AS "t6"
    ON "t77"."_first" = "t6"."_frid"
), "t102" AS (
  SELECT
    "t97"."person_id",
    "t97"."benefit",
    "t97"."start_date",
    "t97"."date",
    CASE
      WHEN "t97"."kind" IS NULL
      OR CAST("t97"."date" AS TEXT) IS NULL
      OR "t97"."form" IS NULL
      OR "t97"."held_by" IS NULL
      THEN NULL
      ELSE CONCAT("t97"."kind", ' ', CAST("t97"."date" AS TEXT), ' (', "t97"."form", ', ', "t97"."held_by", ')')
    END AS "description"
  FROM (
    SELECT
      "t96"."person_id",
      "t96"."benefit",
      "t96"."start_date",
      "t96"."_ws",
      "t96"."_last",
      "t9"."person_id" AS "person_id_right",
      "t9"."date",
      "t9"."kind",
      "t9"."form",
      "t9"."held_by",
      "t9"."status",
      "t9"."individual",
      "t9"."caseworker_id",
      "t9"."purpose"
    FROM (
      SELECT
        "t92"."person_id",
        "t92"."benefit",
        "t92"."start_date",
        "t92"."window_start" AS "_ws",
        COALESCE("t92"."end_date", CAST($as_of AS DATE)) AS "_last"
      FROM (
        SELECT
          "t91".*
          EXCLUDE ("_cat1_until")
        FROM (
          SELECT
            "t90"."person_id",
            "t90"."benefit",
            "t90"."start_date",
            "t90"."end_date",
            "t90"."first_contact_date",
            "t90"."target_group",
            "t90"."first_absence_date",
            "t90"."sickness_category",
            "t90"."employed",
            "t90"."handover_date",
            "t90"."expected_absence_weeks",
            "t90"."work_obligation",
            "t90"."municipality",
            "t90"."early_followup_request_date",
            "t90"."education_order",
            "t90"."periods",
            "t90"."window_start",
            "t90"."_cat1_until",
            "t90"."category_in_force",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                  THEN ['1']
                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN ['1']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t90"."category_in_force"
              ),
              FALSE
            )
            AND (
              (
                CASE
                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t90"."end_date" IS NOT NULL
                )
                AND (
                  "t90"."end_date" <= "t90"."_cat1_until"
                )
              )
            ) AS "category_exempt",
            CASE
              WHEN NOT (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                      THEN ['1']
                      WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN ['1']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t90"."category_in_force"
                  ),
                  FALSE
                )
              )
              OR (
                CASE
                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t90"."end_date" IS NOT NULL
                )
                AND (
                  "t90"."end_date" <= "t90"."_cat1_until"
                )
              )
              THEN ''
              WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
              THEN CASE
                WHEN "t90"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'kategori ',
                  "t90"."category_in_force",
                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                )
              END || CAST(CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
              ELSE CASE
                WHEN "t90"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
              END || CAST(CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
            END AS "category_note"
          FROM (
            SELECT
              "t89".*
              EXCLUDE ("_cat_found")
            FROM (
              SELECT
                "t88"."person_id",
                "t88"."benefit",
                "t88"."start_date",
                "t88"."end_date",
                "t88"."first_contact_date",
                "t88"."target_group",
                "t88"."first_absence_date",
                "t88"."sickness_category",
                "t88"."employed",
                "t88"."handover_date",
                "t88"."expected_absence_weeks",
                "t88"."work_obligation",
                "t88"."municipality",
                "t88"."early_followup_request_date",
                "t88"."education_order",
                "t88"."periods",
                "t88"."window_start",
                "t88"."_cat1_until",
                "t88"."_cat_found",
                COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
              FROM (
                SELECT
                  "t87".*
                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                FROM (
                  SELECT
                    "t82"."person_id",
                    "t82"."benefit",
                    "t82"."start_date",
                    "t82"."end_date",
                    "t82"."first_contact_date",
                    "t82"."target_group",
                    "t82"."first_absence_date",
                    "t82"."sickness_category",
                    "t82"."employed",
                    "t82"."handover_date",
                    "t82"."expected_absence_weeks",
                    "t82"."work_obligation",
                    "t82"."municipality",
                    "t82"."early_followup_request_date",
                    "t82"."education_order",
                    "t82"."periods",
                    "t82"."window_start",
                    "t82"."_cat1_until",
                    "t86"."person_id" AS "person_id_right",
                    "t86"."benefit" AS "benefit_right",
                    "t86"."start_date" AS "start_date_right",
                    "t86"."_cat_found"
                  FROM (
                    SELECT
                      "t79"."person_id",
                      "t79"."benefit",
                      "t79"."start_date",
                      "t79"."end_date",
                      "t79"."first_contact_date",
                      "t79"."target_group",
                      "t79"."first_absence_date",
                      "t79"."sickness_category",
                      "t79"."employed",
                      "t79"."handover_date",
                      "t79"."expected_absence_weeks",
                      "t79"."work_obligation",
                      "t79"."municipality",
                      "t79"."early_followup_request_date",
                      "t79"."education_order",
                      "t79"."periods",
                      COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                      CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                        (
                          COALESCE(
                            CASE
                              WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) * 7
                        ) - 1
                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                    FROM "t78" AS "t79"
                    WHERE
                      "t79"."benefit" IN ('sygedagpenge')
                  ) AS "t82"
                  LEFT OUTER JOIN (
                    SELECT
                      "t84"."person_id",
                      "t84"."benefit",
                      "t84"."start_date",
                      FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                    FROM (
                      SELECT
                        "t83"."person_id",
                        "t83"."benefit",
                        "t83"."start_date",
                        "t83"."_day",
                        "t83"."_last",
                        "t10"."_pid",
                        "t10"."_from",
                        "t10"."_cat"
                      FROM (
                        SELECT
                          "t79"."person_id",
                          "t79"."benefit",
                          "t79"."start_date",
                          CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE) AS "_day",
                          "t79"."end_date" AS "_last"
                        FROM "t78" AS "t79"
                        WHERE
                          "t79"."benefit" IN ('sygedagpenge')
                      ) AS "t83"
                      INNER JOIN (
                        SELECT
                          "t2"."person_id" AS "_pid",
                          "t2"."start_date" AS "_from",
                          "t2"."sickness_category" AS "_cat"
                        FROM "benefit_periods" AS "t2"
                        WHERE
                          "t2"."benefit" = 'sygedagpenge'
                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                          AND "t2"."sickness_category" IS NOT NULL
                      ) AS "t10"
                        ON "t83"."person_id" = "t10"."_pid"
                        AND "t10"."_from" >= "t83"."start_date"
                        AND "t10"."_from" <= "t83"."_day"
                        AND (
                          (
                            "t83"."_last" IS NULL
                          ) OR (
                            "t10"."_from" <= "t83"."_last"
                          )
                        )
                    ) AS "t84"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t86"
                    ON "t82"."person_id" = "t86"."person_id"
                    AND "t82"."benefit" = "t86"."benefit"
                    AND "t82"."start_date" = "t86"."start_date"
                ) AS "t87"
              ) AS "t88"
            ) AS "t89"
          ) AS "t90"
        ) AS "t91"
      ) AS "t92"
    ) AS "t96"
    INNER JOIN (
      SELECT
        *
      FROM "conversations" AS "t1"
      WHERE
        "t1"."status" = 'afholdt'
        AND COALESCE("t1"."individual", TRUE)
        AND "t1"."date" <= CAST($as_of AS DATE)
        AND "t1"."kind" IN ('opfoelgningssamtale')
    ) AS "t9"
      ON "t96"."person_id" = "t9"."person_id"
      AND "t9"."date" >= "t96"."_ws"
      AND "t9"."date" <= "t96"."_last"
  ) AS "t97"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t97"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t97"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t97"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t97"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t97"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t97"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t97"."form"
      ),
      FALSE
    )
), "t114" AS (
  SELECT
    "t113"."person_id",
    "t113"."benefit",
    "t113"."start_date",
    "t113"."date",
    "t113"."description",
    "t113"."next_date",
    "t113"."next_text",
    "t113"."_weeks",
    "t95"."end_date",
    "t95"."category_exempt",
    "t95"."sickness_category",
    "t95"."category_in_force",
    "t95"."category_note",
    "t95"."employed",
    "t95"."expected_absence_weeks"
  FROM (
    SELECT
      "t109"."person_id",
      "t109"."benefit",
      "t109"."start_date",
      "t109"."date",
      "t109"."description",
      "t109"."next_date",
      "t109"."next_text",
      CASE
        WHEN "t109"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t109"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t107"."person_id",
        "t107"."benefit",
        "t107"."start_date",
        "t107"."date",
        "t107"."description",
        LEAD("t107"."date") OVER (
          PARTITION BY "t107"."person_id", "t107"."benefit", "t107"."start_date"
          ORDER BY "t107"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t107"."description") OVER (
          PARTITION BY "t107"."person_id", "t107"."benefit", "t107"."start_date"
          ORDER BY "t107"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t104"."person_id",
          "t104"."benefit",
          "t104"."start_date",
          "t104"."date",
          MIN("t104"."description") AS "description"
        FROM "t102" AS "t104"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t107"
    ) AS "t109"
    WHERE
      CASE
        WHEN "t109"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t109"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t113"
  INNER JOIN (
    SELECT
      "t92"."person_id",
      "t92"."benefit",
      "t92"."start_date",
      "t92"."end_date",
      "t92"."category_exempt",
      "t92"."sickness_category",
      "t92"."category_in_force",
      "t92"."category_note",
      "t92"."employed",
      "t92"."expected_absence_weeks"
    FROM (
      SELECT
        "t91".*
        EXCLUDE ("_cat1_until")
      FROM (
        SELECT
          "t90"."person_id",
          "t90"."benefit",
          "t90"."start_date",
          "t90"."end_date",
          "t90"."first_contact_date",
          "t90"."target_group",
          "t90"."first_absence_date",
          "t90"."sickness_category",
          "t90"."employed",
          "t90"."handover_date",
          "t90"."expected_absence_weeks",
          "t90"."work_obligation",
          "t90"."municipality",
          "t90"."early_followup_request_date",
          "t90"."education_order",
          "t90"."periods",
          "t90"."window_start",
          "t90"."_cat1_until",
          "t90"."category_in_force",
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                THEN ['1']
                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN ['1']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t90"."category_in_force"
            ),
            FALSE
          )
          AND (
            (
              CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t90"."end_date" IS NOT NULL
              )
              AND (
                "t90"."end_date" <= "t90"."_cat1_until"
              )
            )
          ) AS "category_exempt",
          CASE
            WHEN NOT (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                    THEN ['1']
                    WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN ['1']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t90"."category_in_force"
                ),
                FALSE
              )
            )
            OR (
              CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t90"."end_date" IS NOT NULL
              )
              AND (
                "t90"."end_date" <= "t90"."_cat1_until"
              )
            )
            THEN ''
            WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
            THEN CASE
              WHEN "t90"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT(
                'kategori ',
                "t90"."category_in_force",
                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
              )
            END || CAST(CASE
              WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
            ELSE CASE
              WHEN "t90"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
            END || CAST(CASE
              WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
          END AS "category_note"
        FROM (
          SELECT
            "t89".*
            EXCLUDE ("_cat_found")
          FROM (
            SELECT
              "t88"."person_id",
              "t88"."benefit",
              "t88"."start_date",
              "t88"."end_date",
              "t88"."first_contact_date",
              "t88"."target_group",
              "t88"."first_absence_date",
              "t88"."sickness_category",
              "t88"."employed",
              "t88"."handover_date",
              "t88"."expected_absence_weeks",
              "t88"."work_obligation",
              "t88"."municipality",
              "t88"."early_followup_request_date",
              "t88"."education_order",
              "t88"."periods",
              "t88"."window_start",
              "t88"."_cat1_until",
              "t88"."_cat_found",
              COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
            FROM (
              SELECT
                "t87".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t82"."person_id",
                  "t82"."benefit",
                  "t82"."start_date",
                  "t82"."end_date",
                  "t82"."first_contact_date",
                  "t82"."target_group",
                  "t82"."first_absence_date",
                  "t82"."sickness_category",
                  "t82"."employed",
                  "t82"."handover_date",
                  "t82"."expected_absence_weeks",
                  "t82"."work_obligation",
                  "t82"."municipality",
                  "t82"."early_followup_request_date",
                  "t82"."education_order",
                  "t82"."periods",
                  "t82"."window_start",
                  "t82"."_cat1_until",
                  "t86"."person_id" AS "person_id_right",
                  "t86"."benefit" AS "benefit_right",
                  "t86"."start_date" AS "start_date_right",
                  "t86"."_cat_found"
                FROM (
                  SELECT
                    "t79"."person_id",
                    "t79"."benefit",
                    "t79"."start_date",
                    "t79"."end_date",
                    "t79"."first_contact_date",
                    "t79"."target_group",
                    "t79"."first_absence_date",
                    "t79"."sickness_category",
                    "t79"."employed",
                    "t79"."handover_date",
                    "t79"."expected_absence_weeks",
                    "t79"."work_obligation",
                    "t79"."municipality",
                    "t79"."early_followup_request_date",
                    "t79"."education_order",
                    "t79"."periods",
                    COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                    CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                  FROM "t78" AS "t79"
                  WHERE
                    "t79"."benefit" IN ('sygedagpenge')
                ) AS "t82"
                LEFT OUTER JOIN (
                  SELECT
                    "t84"."person_id",
                    "t84"."benefit",
                    "t84"."start_date",
                    FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                  FROM (
                    SELECT
                      "t83"."person_id",
                      "t83"."benefit",
                      "t83"."start_date",
                      "t83"."_day",
                      "t83"."_last",
                      "t10"."_pid",
                      "t10"."_from",
                      "t10"."_cat"
                    FROM (
                      SELECT
                        "t79"."person_id",
                        "t79"."benefit",
                        "t79"."start_date",
                        CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE) AS "_day",
                        "t79"."end_date" AS "_last"
                      FROM "t78" AS "t79"
                      WHERE
                        "t79"."benefit" IN ('sygedagpenge')
                    ) AS "t83"
                    INNER JOIN (
                      SELECT
                        "t2"."person_id" AS "_pid",
                        "t2"."start_date" AS "_from",
                        "t2"."sickness_category" AS "_cat"
                      FROM "benefit_periods" AS "t2"
                      WHERE
                        "t2"."benefit" = 'sygedagpenge'
                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                        AND "t2"."sickness_category" IS NOT NULL
                    ) AS "t10"
                      ON "t83"."person_id" = "t10"."_pid"
                      AND "t10"."_from" >= "t83"."start_date"
                      AND "t10"."_from" <= "t83"."_day"
                      AND (
                        (
                          "t83"."_last" IS NULL
                        ) OR (
                          "t10"."_from" <= "t83"."_last"
                        )
                      )
                  ) AS "t84"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t86"
                  ON "t82"."person_id" = "t86"."person_id"
                  AND "t82"."benefit" = "t86"."benefit"
                  AND "t82"."start_date" = "t86"."start_date"
              ) AS "t87"
            ) AS "t88"
          ) AS "t89"
        ) AS "t90"
      ) AS "t91"
    ) AS "t92"
  ) AS "t95"
    ON "t113"."person_id" = "t95"."person_id"
    AND "t113"."benefit" = "t95"."benefit"
    AND "t113"."start_date" = "t95"."start_date"
)
SELECT
  "t138"."person_id",
  "t138"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t138"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t138"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t138"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t138"."window_start",
  CASE
    WHEN COALESCE("t138"."is_applicable", FALSE)
    THEN "t138"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t138"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t138"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t138"."fulfilled_date" <= "t138"."due_date"
    )
    THEN 'met'
    WHEN "t138"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t138"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t138"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t138"."is_applicable", FALSE)
    THEN "t138"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t138"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t138"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t138"."fulfilled_date" > "t138"."due_date"
    )
    THEN DATE_DIFF('DAY', "t138"."due_date", "t138"."fulfilled_date")
    WHEN NOT (
      "t138"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t138"."is_exempt", FALSE)
    )
    AND (
      "t138"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t138"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t138"."is_applicable", FALSE)
              THEN "t138"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t138"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t138"."is_applicable", FALSE)
              THEN "t138"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t138"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t138"."evidence", '') AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t134"."person_id",
      "t134"."benefit",
      "t134"."window_start",
      "t134"."due_date",
      "t134"."fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF("t134"."category_note", ''),
        NULLIF(
          CASE
            WHEN CASE
              WHEN "t134"."category_exempt"
              THEN CASE
                WHEN "t134"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t134"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t134"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t134"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t134"."expected_absence_weeks" < CASE
                    WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t134"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t134"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t134"."category_exempt"
              THEN CASE
                WHEN "t134"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t134"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t134"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t134"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t134"."expected_absence_weeks" < CASE
                    WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t134"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t134"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t134"."employed", FALSE)
              AND (
                CASE
                  WHEN "t134"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t134"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t134"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t134"."window_start" + TO_DAYS(COALESCE("t134"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t134"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t134"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t134"."window_start" + TO_DAYS(COALESCE("t134"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || CASE
              WHEN CAST("t134"."first_held" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                ', senest ved udgangen af uge 13 efter første opfølgning ',
                CAST("t134"."first_held" AS TEXT)
              )
            END
            WHEN (
              "t134"."end_date" IS NOT NULL
            )
            AND (
              "t134"."end_date" < "t134"."due_date"
            )
            AND (
              "t134"."fulfilled_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t134"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t134"."end_date" AS TEXT), ' før fristen; ')
            END || CAST(COALESCE("t134"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t134"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t134"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t134"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t134"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t134"."held_dates")
              END
              ELSE ''
            END
            ELSE CAST(COALESCE("t134"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t134"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t134"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t134"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t134"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t134"."held_dates")
              END
              ELSE ''
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t134"."exemption_applies"
            THEN CASE
              WHEN CAST("t134"."exemption_start" AS TEXT) IS NULL
              OR CAST("t134"."exemption_end" AS TEXT) IS NULL
              OR "t134"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t134"."exemption_start" AS TEXT),
                '–',
                CAST("t134"."exemption_end" AS TEXT),
                ' (',
                "t134"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      (
        CASE
          WHEN "t134"."category_exempt"
          THEN CASE
            WHEN "t134"."category_in_force" IS NULL
            THEN NULL
            ELSE CONCAT(
              'visitationskategori ',
              "t134"."category_in_force",
              ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            )
          END
          WHEN COALESCE(
            COALESCE("t134"."employed", FALSE)
            AND (
              CASE
                WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t134"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t134"."expected_absence_weeks" < CASE
                WHEN "t134"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN CASE
            WHEN CAST("t134"."expected_absence_weeks" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(
              'sygemeldt fra job med forventet fravær på ',
              CAST("t134"."expected_absence_weeks" AS TEXT),
              ' uger: ikke i kommunens opfølgning'
            )
          END
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t134"."employed", FALSE)
          AND (
            CASE
              WHEN "t134"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t134"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t134"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t134"."window_start" + TO_DAYS(COALESCE("t134"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t134"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t134"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t134"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) * 7
              ) - 1
            ) AS TIMESTAMP) AS DATE)
          ),
          FALSE
        )
      )
      AND NOT (
        (
          "t134"."end_date" IS NOT NULL
        )
        AND (
          "t134"."end_date" < "t134"."due_date"
        )
        AND (
          "t134"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t134"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t134"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t133".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t118"."person_id",
          "t118"."benefit",
          "t118"."start_date",
          "t118"."end_date",
          "t118"."first_contact_date",
          "t118"."target_group",
          "t118"."first_absence_date",
          "t118"."sickness_category",
          "t118"."employed",
          "t118"."handover_date",
          "t118"."expected_absence_weeks",
          "t118"."work_obligation",
          "t118"."municipality",
          "t118"."early_followup_request_date",
          "t118"."education_order",
          "t118"."periods",
          "t118"."window_start",
          "t118"."category_in_force",
          "t118"."category_exempt",
          "t118"."category_note",
          "t118"."_need",
          "t118"."due0",
          "t118"."exemption_start",
          "t118"."exemption_end",
          "t118"."exemption_reason",
          "t118"."due_date",
          "t118"."exemption_applies",
          "t130"."person_id" AS "person_id_right",
          "t130"."benefit" AS "benefit_right",
          "t130"."start_date" AS "start_date_right",
          "t130"."fulfilled_date",
          "t130"."first_held",
          "t130"."n_by_due",
          "t130"."held_dates"
        FROM (
          SELECT
            "t111"."person_id",
            "t111"."benefit",
            "t111"."start_date",
            "t111"."end_date",
            "t111"."first_contact_date",
            "t111"."target_group",
            "t111"."first_absence_date",
            "t111"."sickness_category",
            "t111"."employed",
            "t111"."handover_date",
            "t111"."expected_absence_weeks",
            "t111"."work_obligation",
            "t111"."municipality",
            "t111"."early_followup_request_date",
            "t111"."education_order",
            "t111"."periods",
            "t111"."window_start",
            "t111"."category_in_force",
            "t111"."category_exempt",
            "t111"."category_note",
            "t111"."_need",
            "t111"."due0",
            "t111"."exemption_start",
            "t111"."exemption_end",
            "t111"."exemption_reason",
            CASE
              WHEN (
                "t111"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t111"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t111"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t111"."exemption_start", "t111"."window_start"), "t111"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t111"."due0"
            END AS "due_date",
            (
              "t111"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t111"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t110".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
            FROM (
              SELECT
                "t100"."person_id",
                "t100"."benefit",
                "t100"."start_date",
                "t100"."end_date",
                "t100"."first_contact_date",
                "t100"."target_group",
                "t100"."first_absence_date",
                "t100"."sickness_category",
                "t100"."employed",
                "t100"."handover_date",
                "t100"."expected_absence_weeks",
                "t100"."work_obligation",
                "t100"."municipality",
                "t100"."early_followup_request_date",
                "t100"."education_order",
                "t100"."periods",
                "t100"."window_start",
                "t100"."category_in_force",
                "t100"."category_exempt",
                "t100"."category_note",
                "t100"."_need",
                "t100"."due0",
                "t108"."person_id" AS "person_id_right",
                "t108"."benefit" AS "benefit_right",
                "t108"."start_date" AS "start_date_right",
                "t108"."exemption_start",
                "t108"."exemption_end",
                "t108"."exemption_reason"
              FROM (
                SELECT
                  "t92"."person_id",
                  "t92"."benefit",
                  "t92"."start_date",
                  "t92"."end_date",
                  "t92"."first_contact_date",
                  "t92"."target_group",
                  "t92"."first_absence_date",
                  "t92"."sickness_category",
                  "t92"."employed",
                  "t92"."handover_date",
                  "t92"."expected_absence_weeks",
                  "t92"."work_obligation",
                  "t92"."municipality",
                  "t92"."early_followup_request_date",
                  "t92"."education_order",
                  "t92"."periods",
                  "t92"."window_start",
                  "t92"."category_in_force",
                  "t92"."category_exempt",
                  "t92"."category_note",
                  CASE
                    WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST("t92"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t91".*
                    EXCLUDE ("_cat1_until")
                  FROM (
                    SELECT
                      "t90"."person_id",
                      "t90"."benefit",
                      "t90"."start_date",
                      "t90"."end_date",
                      "t90"."first_contact_date",
                      "t90"."target_group",
                      "t90"."first_absence_date",
                      "t90"."sickness_category",
                      "t90"."employed",
                      "t90"."handover_date",
                      "t90"."expected_absence_weeks",
                      "t90"."work_obligation",
                      "t90"."municipality",
                      "t90"."early_followup_request_date",
                      "t90"."education_order",
                      "t90"."periods",
                      "t90"."window_start",
                      "t90"."_cat1_until",
                      "t90"."category_in_force",
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t90"."category_in_force"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          CASE
                            WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t90"."end_date" IS NOT NULL
                          )
                          AND (
                            "t90"."end_date" <= "t90"."_cat1_until"
                          )
                        )
                      ) AS "category_exempt",
                      CASE
                        WHEN NOT (
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t90"."category_in_force"
                            ),
                            FALSE
                          )
                        )
                        OR (
                          CASE
                            WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t90"."end_date" IS NOT NULL
                          )
                          AND (
                            "t90"."end_date" <= "t90"."_cat1_until"
                          )
                        )
                        THEN ''
                        WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
                        THEN CASE
                          WHEN "t90"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT(
                            'kategori ',
                            "t90"."category_in_force",
                            ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                          )
                        END || CAST(CASE
                          WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                        ELSE CASE
                          WHEN "t90"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
                        END || CAST(CASE
                          WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                      END AS "category_note"
                    FROM (
                      SELECT
                        "t89".*
                        EXCLUDE ("_cat_found")
                      FROM (
                        SELECT
                          "t88"."person_id",
                          "t88"."benefit",
                          "t88"."start_date",
                          "t88"."end_date",
                          "t88"."first_contact_date",
                          "t88"."target_group",
                          "t88"."first_absence_date",
                          "t88"."sickness_category",
                          "t88"."employed",
                          "t88"."handover_date",
                          "t88"."expected_absence_weeks",
                          "t88"."work_obligation",
                          "t88"."municipality",
                          "t88"."early_followup_request_date",
                          "t88"."education_order",
                          "t88"."periods",
                          "t88"."window_start",
                          "t88"."_cat1_until",
                          "t88"."_cat_found",
                          COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
                        FROM (
                          SELECT
                            "t87".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t82"."person_id",
                              "t82"."benefit",
                              "t82"."start_date",
                              "t82"."end_date",
                              "t82"."first_contact_date",
                              "t82"."target_group",
                              "t82"."first_absence_date",
                              "t82"."sickness_category",
                              "t82"."employed",
                              "t82"."handover_date",
                              "t82"."expected_absence_weeks",
                              "t82"."work_obligation",
                              "t82"."municipality",
                              "t82"."early_followup_request_date",
                              "t82"."education_order",
                              "t82"."periods",
                              "t82"."window_start",
                              "t82"."_cat1_until",
                              "t86"."person_id" AS "person_id_right",
                              "t86"."benefit" AS "benefit_right",
                              "t86"."start_date" AS "start_date_right",
                              "t86"."_cat_found"
                            FROM (
                              SELECT
                                "t79"."person_id",
                                "t79"."benefit",
                                "t79"."start_date",
                                "t79"."end_date",
                                "t79"."first_contact_date",
                                "t79"."target_group",
                                "t79"."first_absence_date",
                                "t79"."sickness_category",
                                "t79"."employed",
                                "t79"."handover_date",
                                "t79"."expected_absence_weeks",
                                "t79"."work_obligation",
                                "t79"."municipality",
                                "t79"."early_followup_request_date",
                                "t79"."education_order",
                                "t79"."periods",
                                COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                                CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                              FROM "t78" AS "t79"
                              WHERE
                                "t79"."benefit" IN ('sygedagpenge')
                            ) AS "t82"
                            LEFT OUTER JOIN (
                              SELECT
                                "t84"."person_id",
                                "t84"."benefit",
                                "t84"."start_date",
                                FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                              FROM (
                                SELECT
                                  "t83"."person_id",
                                  "t83"."benefit",
                                  "t83"."start_date",
                                  "t83"."_day",
                                  "t83"."_last",
                                  "t10"."_pid",
                                  "t10"."_from",
                                  "t10"."_cat"
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."start_date",
                                    CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_day",
                                    "t79"."end_date" AS "_last"
                                  FROM "t78" AS "t79"
                                  WHERE
                                    "t79"."benefit" IN ('sygedagpenge')
                                ) AS "t83"
                                INNER JOIN (
                                  SELECT
                                    "t2"."person_id" AS "_pid",
                                    "t2"."start_date" AS "_from",
                                    "t2"."sickness_category" AS "_cat"
                                  FROM "benefit_periods" AS "t2"
                                  WHERE
                                    "t2"."benefit" = 'sygedagpenge'
                                    AND "t2"."start_date" <= CAST($as_of AS DATE)
                                    AND "t2"."sickness_category" IS NOT NULL
                                ) AS "t10"
                                  ON "t83"."person_id" = "t10"."_pid"
                                  AND "t10"."_from" >= "t83"."start_date"
                                  AND "t10"."_from" <= "t83"."_day"
                                  AND (
                                    (
                                      "t83"."_last" IS NULL
                                    ) OR (
                                      "t10"."_from" <= "t83"."_last"
                                    )
                                  )
                              ) AS "t84"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t86"
                              ON "t82"."person_id" = "t86"."person_id"
                              AND "t82"."benefit" = "t86"."benefit"
                              AND "t82"."start_date" = "t86"."start_date"
                          ) AS "t87"
                        ) AS "t88"
                      ) AS "t89"
                    ) AS "t90"
                  ) AS "t91"
                ) AS "t92"
                WHERE
                  CASE
                    WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t100"
              LEFT OUTER JOIN (
                SELECT
                  "t103"."person_id",
                  "t103"."benefit",
                  "t103"."start_date",
                  FIRST("t103"."_from" ORDER BY "t103"."_to" DESC) AS "exemption_start",
                  MAX("t103"."_to") AS "exemption_end",
                  FIRST("t103"."_reason" ORDER BY "t103"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t101"."person_id",
                    "t101"."benefit",
                    "t101"."start_date",
                    "t101"."_day",
                    "t8"."_pid",
                    "t8"."_from",
                    "t8"."_to",
                    "t8"."_reason"
                  FROM (
                    SELECT
                      "t92"."person_id",
                      "t92"."benefit",
                      "t92"."start_date",
                      CAST(CAST(CAST(CAST("t92"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                    FROM (
                      SELECT
                        "t91".*
                        EXCLUDE ("_cat1_until")
                      FROM (
                        SELECT
                          "t90"."person_id",
                          "t90"."benefit",
                          "t90"."start_date",
                          "t90"."end_date",
                          "t90"."first_contact_date",
                          "t90"."target_group",
                          "t90"."first_absence_date",
                          "t90"."sickness_category",
                          "t90"."employed",
                          "t90"."handover_date",
                          "t90"."expected_absence_weeks",
                          "t90"."work_obligation",
                          "t90"."municipality",
                          "t90"."early_followup_request_date",
                          "t90"."education_order",
                          "t90"."periods",
                          "t90"."window_start",
                          "t90"."_cat1_until",
                          "t90"."category_in_force",
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t90"."category_in_force"
                            ),
                            FALSE
                          )
                          AND (
                            (
                              CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t90"."end_date" IS NOT NULL
                              )
                              AND (
                                "t90"."end_date" <= "t90"."_cat1_until"
                              )
                            )
                          ) AS "category_exempt",
                          CASE
                            WHEN NOT (
                              COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                    THEN ['1']
                                    WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN ['1']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t90"."category_in_force"
                                ),
                                FALSE
                              )
                            )
                            OR (
                              CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t90"."end_date" IS NOT NULL
                              )
                              AND (
                                "t90"."end_date" <= "t90"."_cat1_until"
                              )
                            )
                            THEN ''
                            WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
                            THEN CASE
                              WHEN "t90"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT(
                                'kategori ',
                                "t90"."category_in_force",
                                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                              )
                            END || CAST(CASE
                              WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                            ELSE CASE
                              WHEN "t90"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
                            END || CAST(CASE
                              WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                          END AS "category_note"
                        FROM (
                          SELECT
                            "t89".*
                            EXCLUDE ("_cat_found")
                          FROM (
                            SELECT
                              "t88"."person_id",
                              "t88"."benefit",
                              "t88"."start_date",
                              "t88"."end_date",
                              "t88"."first_contact_date",
                              "t88"."target_group",
                              "t88"."first_absence_date",
                              "t88"."sickness_category",
                              "t88"."employed",
                              "t88"."handover_date",
                              "t88"."expected_absence_weeks",
                              "t88"."work_obligation",
                              "t88"."municipality",
                              "t88"."early_followup_request_date",
                              "t88"."education_order",
                              "t88"."periods",
                              "t88"."window_start",
                              "t88"."_cat1_until",
                              "t88"."_cat_found",
                              COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
                            FROM (
                              SELECT
                                "t87".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t82"."person_id",
                                  "t82"."benefit",
                                  "t82"."start_date",
                                  "t82"."end_date",
                                  "t82"."first_contact_date",
                                  "t82"."target_group",
                                  "t82"."first_absence_date",
                                  "t82"."sickness_category",
                                  "t82"."employed",
                                  "t82"."handover_date",
                                  "t82"."expected_absence_weeks",
                                  "t82"."work_obligation",
                                  "t82"."municipality",
                                  "t82"."early_followup_request_date",
                                  "t82"."education_order",
                                  "t82"."periods",
                                  "t82"."window_start",
                                  "t82"."_cat1_until",
                                  "t86"."person_id" AS "person_id_right",
                                  "t86"."benefit" AS "benefit_right",
                                  "t86"."start_date" AS "start_date_right",
                                  "t86"."_cat_found"
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."start_date",
                                    "t79"."end_date",
                                    "t79"."first_contact_date",
                                    "t79"."target_group",
                                    "t79"."first_absence_date",
                                    "t79"."sickness_category",
                                    "t79"."employed",
                                    "t79"."handover_date",
                                    "t79"."expected_absence_weeks",
                                    "t79"."work_obligation",
                                    "t79"."municipality",
                                    "t79"."early_followup_request_date",
                                    "t79"."education_order",
                                    "t79"."periods",
                                    COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                                    CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                  FROM "t78" AS "t79"
                                  WHERE
                                    "t79"."benefit" IN ('sygedagpenge')
                                ) AS "t82"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t84"."person_id",
                                    "t84"."benefit",
                                    "t84"."start_date",
                                    FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                                  FROM (
                                    SELECT
                                      "t83"."person_id",
                                      "t83"."benefit",
                                      "t83"."start_date",
                                      "t83"."_day",
                                      "t83"."_last",
                                      "t10"."_pid",
                                      "t10"."_from",
                                      "t10"."_cat"
                                    FROM (
                                      SELECT
                                        "t79"."person_id",
                                        "t79"."benefit",
                                        "t79"."start_date",
                                        CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                          (
                                            COALESCE(
                                              CASE
                                                WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                THEN 8
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) * 7
                                          ) - 1
                                        ) AS TIMESTAMP) AS DATE) AS "_day",
                                        "t79"."end_date" AS "_last"
                                      FROM "t78" AS "t79"
                                      WHERE
                                        "t79"."benefit" IN ('sygedagpenge')
                                    ) AS "t83"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_pid",
                                        "t2"."start_date" AS "_from",
                                        "t2"."sickness_category" AS "_cat"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'sygedagpenge'
                                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                                        AND "t2"."sickness_category" IS NOT NULL
                                    ) AS "t10"
                                      ON "t83"."person_id" = "t10"."_pid"
                                      AND "t10"."_from" >= "t83"."start_date"
                                      AND "t10"."_from" <= "t83"."_day"
                                      AND (
                                        (
                                          "t83"."_last" IS NULL
                                        ) OR (
                                          "t10"."_from" <= "t83"."_last"
                                        )
                                      )
                                  ) AS "t84"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t86"
                                  ON "t82"."person_id" = "t86"."person_id"
                                  AND "t82"."benefit" = "t86"."benefit"
                                  AND "t82"."start_date" = "t86"."start_date"
                              ) AS "t87"
                            ) AS "t88"
                          ) AS "t89"
                        ) AS "t90"
                      ) AS "t91"
                    ) AS "t92"
                    WHERE
                      CASE
                        WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t101"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id" AS "_pid",
                      "t0"."start_date" AS "_from",
                      "t0"."end_date" AS "_to",
                      "t0"."reason" AS "_reason"
                    FROM "exemptions" AS "t0"
                    WHERE
                      "t0"."start_date" <= CAST($as_of AS DATE)
                  ) AS "t8"
                    ON "t101"."person_id" = "t8"."_pid"
                    AND "t8"."_from" <= "t101"."_day"
                    AND "t8"."_to" >= "t101"."_day"
                ) AS "t103"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t108"
                ON "t100"."person_id" = "t108"."person_id"
                AND "t100"."benefit" = "t108"."benefit"
                AND "t100"."start_date" = "t108"."start_date"
            ) AS "t110"
          ) AS "t111"
        ) AS "t118"
        LEFT OUTER JOIN (
          SELECT
            "t125"."person_id",
            "t125"."benefit",
            "t125"."start_date",
            CASE
              WHEN (
                "t125"."_need" >= 1
              )
              AND (
                ARRAY_LENGTH("t125"."_dates") >= "t125"."_need"
              )
              THEN CAST(LIST_EXTRACT(
                "t125"."_dates",
                (
                  "t125"."_need" - 1
                ) + CAST((
                  "t125"."_need" - 1
                ) >= 0 AS BIGINT)
              ) AS DATE)
              ELSE CAST(NULL AS DATE)
            END AS "fulfilled_date",
            "t125"."first_held",
            "t125"."n_by_due",
            ARRAY_TO_STRING("t125"."_dates", ', ') AS "held_dates"
          FROM (
            SELECT
              "t120"."person_id",
              "t120"."benefit",
              "t120"."start_date",
              LIST_SORT(
                ARRAY_AGG(CAST("t120"."date" AS TEXT)) FILTER(WHERE
                  CAST("t120"."date" AS TEXT) IS NOT NULL)
              ) AS "_dates",
              CAST(MAX("t120"."_need") AS INT) AS "_need",
              MIN("t120"."date") AS "first_held",
              COUNT(*) FILTER(WHERE
                "t120"."date" <= "t120"."due_date") AS "n_by_due"
            FROM (
              SELECT
                "t105"."person_id",
                "t105"."benefit",
                "t105"."start_date",
                "t105"."date",
                "t105"."description",
                "t119"."_need",
                "t119"."due_date"
              FROM "t102" AS "t105"
              INNER JOIN (
                SELECT
                  "t111"."person_id",
                  "t111"."benefit",
                  "t111"."start_date",
                  "t111"."_need",
                  CASE
                    WHEN (
                      "t111"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t111"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t111"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t111"."exemption_start", "t111"."window_start"), "t111"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t111"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t110".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t100"."person_id",
                      "t100"."benefit",
                      "t100"."start_date",
                      "t100"."end_date",
                      "t100"."first_contact_date",
                      "t100"."target_group",
                      "t100"."first_absence_date",
                      "t100"."sickness_category",
                      "t100"."employed",
                      "t100"."handover_date",
                      "t100"."expected_absence_weeks",
                      "t100"."work_obligation",
                      "t100"."municipality",
                      "t100"."early_followup_request_date",
                      "t100"."education_order",
                      "t100"."periods",
                      "t100"."window_start",
                      "t100"."category_in_force",
                      "t100"."category_exempt",
                      "t100"."category_note",
                      "t100"."_need",
                      "t100"."due0",
                      "t108"."person_id" AS "person_id_right",
                      "t108"."benefit" AS "benefit_right",
                      "t108"."start_date" AS "start_date_right",
                      "t108"."exemption_start",
                      "t108"."exemption_end",
                      "t108"."exemption_reason"
                    FROM (
                      SELECT
                        "t92"."person_id",
                        "t92"."benefit",
                        "t92"."start_date",
                        "t92"."end_date",
                        "t92"."first_contact_date",
                        "t92"."target_group",
                        "t92"."first_absence_date",
                        "t92"."sickness_category",
                        "t92"."employed",
                        "t92"."handover_date",
                        "t92"."expected_absence_weeks",
                        "t92"."work_obligation",
                        "t92"."municipality",
                        "t92"."early_followup_request_date",
                        "t92"."education_order",
                        "t92"."periods",
                        "t92"."window_start",
                        "t92"."category_in_force",
                        "t92"."category_exempt",
                        "t92"."category_note",
                        CASE
                          WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST("t92"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t91".*
                          EXCLUDE ("_cat1_until")
                        FROM (
                          SELECT
                            "t90"."person_id",
                            "t90"."benefit",
                            "t90"."start_date",
                            "t90"."end_date",
                            "t90"."first_contact_date",
                            "t90"."target_group",
                            "t90"."first_absence_date",
                            "t90"."sickness_category",
                            "t90"."employed",
                            "t90"."handover_date",
                            "t90"."expected_absence_weeks",
                            "t90"."work_obligation",
                            "t90"."municipality",
                            "t90"."early_followup_request_date",
                            "t90"."education_order",
                            "t90"."periods",
                            "t90"."window_start",
                            "t90"."_cat1_until",
                            "t90"."category_in_force",
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t90"."category_in_force"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                CASE
                                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t90"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t90"."end_date" <= "t90"."_cat1_until"
                                )
                              )
                            ) AS "category_exempt",
                            CASE
                              WHEN NOT (
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t90"."category_in_force"
                                  ),
                                  FALSE
                                )
                              )
                              OR (
                                CASE
                                  WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t90"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t90"."end_date" <= "t90"."_cat1_until"
                                )
                              )
                              THEN ''
                              WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
                              THEN CASE
                                WHEN "t90"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'kategori ',
                                  "t90"."category_in_force",
                                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                )
                              END || CAST(CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                              ELSE CASE
                                WHEN "t90"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
                              END || CAST(CASE
                                WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                            END AS "category_note"
                          FROM (
                            SELECT
                              "t89".*
                              EXCLUDE ("_cat_found")
                            FROM (
                              SELECT
                                "t88"."person_id",
                                "t88"."benefit",
                                "t88"."start_date",
                                "t88"."end_date",
                                "t88"."first_contact_date",
                                "t88"."target_group",
                                "t88"."first_absence_date",
                                "t88"."sickness_category",
                                "t88"."employed",
                                "t88"."handover_date",
                                "t88"."expected_absence_weeks",
                                "t88"."work_obligation",
                                "t88"."municipality",
                                "t88"."early_followup_request_date",
                                "t88"."education_order",
                                "t88"."periods",
                                "t88"."window_start",
                                "t88"."_cat1_until",
                                "t88"."_cat_found",
                                COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
                              FROM (
                                SELECT
                                  "t87".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                FROM (
                                  SELECT
                                    "t82"."person_id",
                                    "t82"."benefit",
                                    "t82"."start_date",
                                    "t82"."end_date",
                                    "t82"."first_contact_date",
                                    "t82"."target_group",
                                    "t82"."first_absence_date",
                                    "t82"."sickness_category",
                                    "t82"."employed",
                                    "t82"."handover_date",
                                    "t82"."expected_absence_weeks",
                                    "t82"."work_obligation",
                                    "t82"."municipality",
                                    "t82"."early_followup_request_date",
                                    "t82"."education_order",
                                    "t82"."periods",
                                    "t82"."window_start",
                                    "t82"."_cat1_until",
                                    "t86"."person_id" AS "person_id_right",
                                    "t86"."benefit" AS "benefit_right",
                                    "t86"."start_date" AS "start_date_right",
                                    "t86"."_cat_found"
                                  FROM (
                                    SELECT
                                      "t79"."person_id",
                                      "t79"."benefit",
                                      "t79"."start_date",
                                      "t79"."end_date",
                                      "t79"."first_contact_date",
                                      "t79"."target_group",
                                      "t79"."first_absence_date",
                                      "t79"."sickness_category",
                                      "t79"."employed",
                                      "t79"."handover_date",
                                      "t79"."expected_absence_weeks",
                                      "t79"."work_obligation",
                                      "t79"."municipality",
                                      "t79"."early_followup_request_date",
                                      "t79"."education_order",
                                      "t79"."periods",
                                      COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                                      CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                    FROM "t78" AS "t79"
                                    WHERE
                                      "t79"."benefit" IN ('sygedagpenge')
                                  ) AS "t82"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t84"."person_id",
                                      "t84"."benefit",
                                      "t84"."start_date",
                                      FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                                    FROM (
                                      SELECT
                                        "t83"."person_id",
                                        "t83"."benefit",
                                        "t83"."start_date",
                                        "t83"."_day",
                                        "t83"."_last",
                                        "t10"."_pid",
                                        "t10"."_from",
                                        "t10"."_cat"
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_day",
                                          "t79"."end_date" AS "_last"
                                        FROM "t78" AS "t79"
                                        WHERE
                                          "t79"."benefit" IN ('sygedagpenge')
                                      ) AS "t83"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_pid",
                                          "t2"."start_date" AS "_from",
                                          "t2"."sickness_category" AS "_cat"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'sygedagpenge'
                                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                                          AND "t2"."sickness_category" IS NOT NULL
                                      ) AS "t10"
                                        ON "t83"."person_id" = "t10"."_pid"
                                        AND "t10"."_from" >= "t83"."start_date"
                                        AND "t10"."_from" <= "t83"."_day"
                                        AND (
                                          (
                                            "t83"."_last" IS NULL
                                          ) OR (
                                            "t10"."_from" <= "t83"."_last"
                                          )
                                        )
                                    ) AS "t84"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t86"
                                    ON "t82"."person_id" = "t86"."person_id"
                                    AND "t82"."benefit" = "t86"."benefit"
                                    AND "t82"."start_date" = "t86"."start_date"
                                ) AS "t87"
                              ) AS "t88"
                            ) AS "t89"
                          ) AS "t90"
                        ) AS "t91"
                      ) AS "t92"
                      WHERE
                        CASE
                          WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t100"
                    LEFT OUTER JOIN (
                      SELECT
                        "t103"."person_id",
                        "t103"."benefit",
                        "t103"."start_date",
                        FIRST("t103"."_from" ORDER BY "t103"."_to" DESC) AS "exemption_start",
                        MAX("t103"."_to") AS "exemption_end",
                        FIRST("t103"."_reason" ORDER BY "t103"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t101"."person_id",
                          "t101"."benefit",
                          "t101"."start_date",
                          "t101"."_day",
                          "t8"."_pid",
                          "t8"."_from",
                          "t8"."_to",
                          "t8"."_reason"
                        FROM (
                          SELECT
                            "t92"."person_id",
                            "t92"."benefit",
                            "t92"."start_date",
                            CAST(CAST(CAST(CAST("t92"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                          FROM (
                            SELECT
                              "t91".*
                              EXCLUDE ("_cat1_until")
                            FROM (
                              SELECT
                                "t90"."person_id",
                                "t90"."benefit",
                                "t90"."start_date",
                                "t90"."end_date",
                                "t90"."first_contact_date",
                                "t90"."target_group",
                                "t90"."first_absence_date",
                                "t90"."sickness_category",
                                "t90"."employed",
                                "t90"."handover_date",
                                "t90"."expected_absence_weeks",
                                "t90"."work_obligation",
                                "t90"."municipality",
                                "t90"."early_followup_request_date",
                                "t90"."education_order",
                                "t90"."periods",
                                "t90"."window_start",
                                "t90"."_cat1_until",
                                "t90"."category_in_force",
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t90"."category_in_force"
                                  ),
                                  FALSE
                                )
                                AND (
                                  (
                                    CASE
                                      WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t90"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t90"."end_date" <= "t90"."_cat1_until"
                                    )
                                  )
                                ) AS "category_exempt",
                                CASE
                                  WHEN NOT (
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t90"."window_start" >= MAKE_DATE(2025, 1, 1)
                                          THEN ['1']
                                          WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                          THEN ['1']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t90"."category_in_force"
                                      ),
                                      FALSE
                                    )
                                  )
                                  OR (
                                    CASE
                                      WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t90"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t90"."end_date" <= "t90"."_cat1_until"
                                    )
                                  )
                                  THEN ''
                                  WHEN CAST($as_of AS DATE) <= "t90"."_cat1_until"
                                  THEN CASE
                                    WHEN "t90"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'kategori ',
                                      "t90"."category_in_force",
                                      ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                    )
                                  END || CAST(CASE
                                    WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                                  ELSE CASE
                                    WHEN "t90"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT('kategori ', "t90"."category_in_force", ' og fraværet varer ud over ')
                                  END || CAST(CASE
                                    WHEN "t90"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                                END AS "category_note"
                              FROM (
                                SELECT
                                  "t89".*
                                  EXCLUDE ("_cat_found")
                                FROM (
                                  SELECT
                                    "t88"."person_id",
                                    "t88"."benefit",
                                    "t88"."start_date",
                                    "t88"."end_date",
                                    "t88"."first_contact_date",
                                    "t88"."target_group",
                                    "t88"."first_absence_date",
                                    "t88"."sickness_category",
                                    "t88"."employed",
                                    "t88"."handover_date",
                                    "t88"."expected_absence_weeks",
                                    "t88"."work_obligation",
                                    "t88"."municipality",
                                    "t88"."early_followup_request_date",
                                    "t88"."education_order",
                                    "t88"."periods",
                                    "t88"."window_start",
                                    "t88"."_cat1_until",
                                    "t88"."_cat_found",
                                    COALESCE("t88"."_cat_found", "t88"."sickness_category") AS "category_in_force"
                                  FROM (
                                    SELECT
                                      "t87".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
                                      SELECT
                                        "t82"."person_id",
                                        "t82"."benefit",
                                        "t82"."start_date",
                                        "t82"."end_date",
                                        "t82"."first_contact_date",
                                        "t82"."target_group",
                                        "t82"."first_absence_date",
                                        "t82"."sickness_category",
                                        "t82"."employed",
                                        "t82"."handover_date",
                                        "t82"."expected_absence_weeks",
                                        "t82"."work_obligation",
                                        "t82"."municipality",
                                        "t82"."early_followup_request_date",
                                        "t82"."education_order",
                                        "t82"."periods",
                                        "t82"."window_start",
                                        "t82"."_cat1_until",
                                        "t86"."person_id" AS "person_id_right",
                                        "t86"."benefit" AS "benefit_right",
                                        "t86"."start_date" AS "start_date_right",
                                        "t86"."_cat_found"
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          "t79"."end_date",
                                          "t79"."first_contact_date",
                                          "t79"."target_group",
                                          "t79"."first_absence_date",
                                          "t79"."sickness_category",
                                          "t79"."employed",
                                          "t79"."handover_date",
                                          "t79"."expected_absence_weeks",
                                          "t79"."work_obligation",
                                          "t79"."municipality",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."periods",
                                          COALESCE("t79"."first_absence_date", "t79"."start_date") AS "window_start",
                                          CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                        FROM "t78" AS "t79"
                                        WHERE
                                          "t79"."benefit" IN ('sygedagpenge')
                                      ) AS "t82"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t84"."person_id",
                                          "t84"."benefit",
                                          "t84"."start_date",
                                          FIRST("t84"."_cat" ORDER BY "t84"."_from" DESC) AS "_cat_found"
                                        FROM (
                                          SELECT
                                            "t83"."person_id",
                                            "t83"."benefit",
                                            "t83"."start_date",
                                            "t83"."_day",
                                            "t83"."_last",
                                            "t10"."_pid",
                                            "t10"."_from",
                                            "t10"."_cat"
                                          FROM (
                                            SELECT
                                              "t79"."person_id",
                                              "t79"."benefit",
                                              "t79"."start_date",
                                              CAST(CAST(COALESCE("t79"."first_absence_date", "t79"."start_date") + TO_DAYS(
                                                (
                                                  COALESCE(
                                                    CASE
                                                      WHEN COALESCE("t79"."first_absence_date", "t79"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                      THEN 8
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) * 7
                                                ) - 1
                                              ) AS TIMESTAMP) AS DATE) AS "_day",
                                              "t79"."end_date" AS "_last"
                                            FROM "t78" AS "t79"
                                            WHERE
                                              "t79"."benefit" IN ('sygedagpenge')
                                          ) AS "t83"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_pid",
                                              "t2"."start_date" AS "_from",
                                              "t2"."sickness_category" AS "_cat"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'sygedagpenge'
                                              AND "t2"."start_date" <= CAST($as_of AS DATE)
                                              AND "t2"."sickness_category" IS NOT NULL
                                          ) AS "t10"
                                            ON "t83"."person_id" = "t10"."_pid"
                                            AND "t10"."_from" >= "t83"."start_date"
                                            AND "t10"."_from" <= "t83"."_day"
                                            AND (
                                              (
                                                "t83"."_last" IS NULL
                                              ) OR (
                                                "t10"."_from" <= "t83"."_last"
                                              )
                                            )
                                        ) AS "t84"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t86"
                                        ON "t82"."person_id" = "t86"."person_id"
                                        AND "t82"."benefit" = "t86"."benefit"
                                        AND "t82"."start_date" = "t86"."start_date"
                                    ) AS "t87"
                                  ) AS "t88"
                                ) AS "t89"
                              ) AS "t90"
                            ) AS "t91"
                          ) AS "t92"
                          WHERE
                            CASE
                              WHEN "t92"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN "t92"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t101"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_from",
                            "t0"."end_date" AS "_to",
                            "t0"."reason" AS "_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t101"."person_id" = "t8"."_pid"
                          AND "t8"."_from" <= "t101"."_day"
                          AND "t8"."_to" >= "t101"."_day"
                      ) AS "t103"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t108"
                      ON "t100"."person_id" = "t108"."person_id"
                      AND "t100"."benefit" = "t108"."benefit"
                      AND "t100"."start_date" = "t108"."start_date"
                  ) AS "t110"
                ) AS "t111"
              ) AS "t119"
                ON "t105"."person_id" = "t119"."person_id"
                AND "t105"."benefit" = "t119"."benefit"
                AND "t105"."start_date" = "t119"."start_date"
            ) AS "t120"
            GROUP BY
              1,
              2,
              3
          ) AS "t125"
        ) AS "t130"
          ON "t118"."person_id" = "t130"."person_id"
          AND "t118"."benefit" = "t130"."benefit"
          AND "t118"."start_date" = "t130"."start_date"
      ) AS "t133"
    ) AS "t134"
  ) AS "t136"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t135"."person_id",
      "t135"."benefit",
      "t135"."window_start",
      "t135"."due_date",
      "t135"."next_date" AS "fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF(
          CASE
            WHEN "t135"."category_exempt"
            THEN CASE
              WHEN "t135"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('visitationskategori ', "t135"."category_in_force", ': intet fast opfølgningsforløb')
            END
            WHEN "t135"."next_date" IS NOT NULL
            THEN CASE
              WHEN "t135"."description" IS NULL OR "t135"."next_text" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t135"."description", '; næste: ', "t135"."next_text")
            END
            WHEN (
              "t135"."end_date" IS NOT NULL
            )
            AND (
              "t135"."end_date" < "t135"."due_date"
            )
            AND (
              "t135"."next_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t135"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t135"."end_date" AS TEXT), ' før fristen')
            END
            ELSE CASE
              WHEN "t135"."description" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t135"."description", '; ingen senere opfølgningssamtale')
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t135"."exemption_applies"
            THEN CASE
              WHEN CAST("t135"."exemption_start" AS TEXT) IS NULL
              OR CAST("t135"."exemption_end" AS TEXT) IS NULL
              OR "t135"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t135"."exemption_start" AS TEXT),
                '–',
                CAST("t135"."exemption_end" AS TEXT),
                ' (',
                "t135"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      NOT (
        "t135"."category_exempt"
      )
      AND NOT (
        (
          "t135"."end_date" IS NOT NULL
        )
        AND (
          "t135"."end_date" < "t135"."due_date"
        )
        AND (
          "t135"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t135"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t135"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t132"."person_id",
        "t132"."benefit",
        "t132"."start_date",
        "t132"."date",
        "t132"."description",
        "t132"."next_date",
        "t132"."next_text",
        "t132"."_weeks",
        "t132"."end_date",
        "t132"."category_exempt",
        "t132"."sickness_category",
        "t132"."category_in_force",
        "t132"."category_note",
        "t132"."employed",
        "t132"."expected_absence_weeks",
        "t132"."window_start",
        "t132"."due0",
        "t132"."exemption_start",
        "t132"."exemption_end",
        "t132"."exemption_reason",
        CASE
          WHEN (
            "t132"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t132"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t132"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t132"."exemption_start", "t132"."window_start"), "t132"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t132"."due0"
        END AS "due_date",
        (
          "t132"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t132"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t131".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t123"."person_id",
            "t123"."benefit",
            "t123"."start_date",
            "t123"."date",
            "t123"."description",
            "t123"."next_date",
            "t123"."next_text",
            "t123"."_weeks",
            "t123"."end_date",
            "t123"."category_exempt",
            "t123"."sickness_category",
            "t123"."category_in_force",
            "t123"."category_note",
            "t123"."employed",
            "t123"."expected_absence_weeks",
            "t123"."window_start",
            "t123"."due0",
            "t128"."person_id" AS "person_id_right",
            "t128"."benefit" AS "benefit_right",
            "t128"."start_date" AS "start_date_right",
            "t128"."window_start" AS "window_start_right",
            "t128"."exemption_start",
            "t128"."exemption_end",
            "t128"."exemption_reason"
          FROM (
            SELECT
              "t115"."person_id",
              "t115"."benefit",
              "t115"."start_date",
              "t115"."date",
              "t115"."description",
              "t115"."next_date",
              "t115"."next_text",
              "t115"."_weeks",
              "t115"."end_date",
              "t115"."category_exempt",
              "t115"."sickness_category",
              "t115"."category_in_force",
              "t115"."category_note",
              "t115"."employed",
              "t115"."expected_absence_weeks",
              "t115"."date" AS "window_start",
              CAST(CAST("t115"."date" + TO_DAYS("t115"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t114" AS "t115"
          ) AS "t123"
          LEFT OUTER JOIN (
            SELECT
              "t126"."person_id",
              "t126"."benefit",
              "t126"."start_date",
              "t126"."window_start",
              FIRST("t126"."_from" ORDER BY "t126"."_to" DESC) AS "exemption_start",
              MAX("t126"."_to") AS "exemption_end",
              FIRST("t126"."_reason" ORDER BY "t126"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t124"."person_id",
                "t124"."benefit",
                "t124"."start_date",
                "t124"."window_start",
                "t124"."_day",
                "t8"."_pid",
                "t8"."_from",
                "t8"."_to",
                "t8"."_reason"
              FROM (
                SELECT
                  "t115"."person_id",
                  "t115"."benefit",
                  "t115"."start_date",
                  "t115"."date" AS "window_start",
                  CAST(CAST("t115"."date" + TO_DAYS("t115"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t114" AS "t115"
              ) AS "t124"
              INNER JOIN (
                SELECT
                  "t0"."person_id" AS "_pid",
                  "t0"."start_date" AS "_from",
                  "t0"."end_date" AS "_to",
                  "t0"."reason" AS "_reason"
                FROM "exemptions" AS "t0"
                WHERE
                  "t0"."start_date" <= CAST($as_of AS DATE)
              ) AS "t8"
                ON "t124"."person_id" = "t8"."_pid"
                AND "t8"."_from" <= "t124"."_day"
                AND "t8"."_to" >= "t124"."_day"
            ) AS "t126"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t128"
            ON "t123"."person_id" = "t128"."person_id"
            AND "t123"."benefit" = "t128"."benefit"
            AND "t123"."start_date" = "t128"."start_date"
            AND "t123"."window_start" = "t128"."window_start"
        ) AS "t131"
      ) AS "t132"
    ) AS "t135"
  ) AS "t137"
) AS "t138"
