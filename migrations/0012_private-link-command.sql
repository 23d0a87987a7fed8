-- A reply's private link was one string ("bophieu_12", "help"); it is now a command and its
-- argument. Replies waiting in the outbox, and answers kept until delivered, are rewritten.
UPDATE `outbox` SET `reply` = json_remove(json_set(`reply`,
    '$.privateLink.command', substr(json_extract(`reply`, '$.privateLink.payload'), 1, instr(json_extract(`reply`, '$.privateLink.payload'), '_') - 1),
    '$.privateLink.argument', substr(json_extract(`reply`, '$.privateLink.payload'), instr(json_extract(`reply`, '$.privateLink.payload'), '_') + 1)),
  '$.privateLink.payload')
WHERE instr(json_extract(`reply`, '$.privateLink.payload'), '_') > 0;
--> statement-breakpoint
UPDATE `outbox` SET `reply` = json_remove(json_set(`reply`,
    '$.privateLink.command', json_extract(`reply`, '$.privateLink.payload')),
  '$.privateLink.payload')
WHERE json_extract(`reply`, '$.privateLink.payload') IS NOT NULL;
--> statement-breakpoint
UPDATE `processed_updates` SET `replies` = (
  SELECT json_group_array(json(CASE
    WHEN json_extract(`value`, '$.privateLink.payload') IS NULL THEN `value`
    WHEN instr(json_extract(`value`, '$.privateLink.payload'), '_') > 0 THEN json_remove(json_set(`value`,
      '$.privateLink.command', substr(json_extract(`value`, '$.privateLink.payload'), 1, instr(json_extract(`value`, '$.privateLink.payload'), '_') - 1),
      '$.privateLink.argument', substr(json_extract(`value`, '$.privateLink.payload'), instr(json_extract(`value`, '$.privateLink.payload'), '_') + 1)),
      '$.privateLink.payload')
    ELSE json_remove(json_set(`value`, '$.privateLink.command', json_extract(`value`, '$.privateLink.payload')), '$.privateLink.payload')
  END)) FROM json_each(`replies`)
)
WHERE `replies` IS NOT NULL AND `replies` LIKE '%"payload"%';
